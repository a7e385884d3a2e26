// The standard-library modules snippets may import. Each builds its namespace on first import.
import type { ModuleBuilder } from '../native.ts';
import { buildSys } from './sys.ts';
import { buildWarnings } from './warnings.ts';
import { buildJson } from './json.ts';
import { buildMath } from './math.ts';
import { buildTime } from './time.ts';
import { buildRandom } from './random.ts';
import { buildOs, buildOsPath } from './os.ts';
import { buildFuture, buildTyping } from './typing.ts';
import { buildCollections } from './collections.ts';
import { buildPprint } from './pprint.ts';
import { buildDatetime } from './datetime.ts';
import { buildTraceback } from './traceback.ts';
import { buildDataclasses } from './dataclasses.ts';
import { buildLogging } from './logging.ts';
import { buildContextlib, buildIo } from './io.ts';
import { buildDatasets, buildExceptions, buildLinearModel, buildSklearn } from '../sklearn/index.ts';

export const stdlibModules: ReadonlyMap<string, ModuleBuilder> = new Map<string, ModuleBuilder>([
  ['sys', buildSys],
  ['warnings', buildWarnings],
  ['json', buildJson],
  ['math', buildMath],
  ['time', buildTime],
  ['random', buildRandom],
  ['os', buildOs],
  ['os.path', buildOsPath],
  ['typing', buildTyping],
  ['collections', buildCollections],
  ['pprint', buildPprint],
  ['datetime', buildDatetime],
  ['traceback', buildTraceback],
  ['dataclasses', buildDataclasses],
  ['logging', buildLogging],
  ['io', buildIo],
  ['contextlib', buildContextlib],
  ['__future__', buildFuture],
  // Not the standard library: the simulated scikit-learn (../sklearn/index.ts).
  ['sklearn', buildSklearn],
  ['sklearn.linear_model', buildLinearModel],
  ['sklearn.datasets', buildDatasets],
  ['sklearn.exceptions', buildExceptions],
]);
