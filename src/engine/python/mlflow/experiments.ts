// `mlflow.set_experiment` / `get_experiment_by_name` (mlflow/tracking/fluent.py). The registry
// does not model experiments, so their names live beside the environment, per SimEnv: ids count
// up from "1" as the sqlite store's do, and "0" is the "Default" experiment.
import { nativeClass, newObject } from '../native.ts';
import type { NativeContext } from '../native.ts';
import { pyDict } from '../dict.ts';
import type { PyObject, PyValue } from '../values.ts';
import type { SimEnv } from '../../env.ts';
import { pformat } from './pformat.ts';
import { ARTIFACT_ROOT } from './session.ts';

export interface Experiment {
  readonly experimentId: string;
  readonly name: string;
  readonly creationTime: number;
}

const byEnv = new WeakMap<SimEnv, Map<string, Experiment>>();

export function experimentsOf(env: SimEnv): Map<string, Experiment> {
  let m = byEnv.get(env);
  if (!m) {
    m = new Map([['Default', { experimentId: '0', name: 'Default', creationTime: 0 }]]);
    byEnv.set(env, m);
  }
  return m;
}

const PROPS: readonly (readonly [string, (e: Experiment) => PyValue])[] = [
  ['artifact_location', (e) => `${ARTIFACT_ROOT}/${e.experimentId}`],
  ['creation_time', (e) => BigInt(e.creationTime)],
  ['experiment_id', (e) => e.experimentId],
  ['last_update_time', (e) => BigInt(e.creationTime)],
  ['lifecycle_stage', () => 'active'],
  ['name', (e) => e.name],
  ['tags', () => pyDict()],
];

export const ExperimentClass = nativeClass({
  name: 'Experiment',
  module: 'mlflow.entities.experiment',
  properties: Object.fromEntries(PROPS.map(([k, get]) => [k, { get: (s: PyObject) => get(s.payload as Experiment) }])),
  methods: {
    __repr__: {
      sig: 'self',
      impl: (a, ctx: NativeContext) => {
        const e = (a.self as PyObject).payload as Experiment;
        return (
          '<Experiment: ' + PROPS.map(([k, get]) => `${k}=${pformat(get(e), (v) => ctx.repr(v))}`).join(', ') + '>'
        );
      },
    },
  },
});

export function experimentObject(e: Experiment): PyObject {
  return newObject(ExperimentClass, e);
}

/** Find or create by name; `created` says whether MLflow would log its "Creating" line. */
export function ensureExperiment(env: SimEnv, name: string): { experiment: Experiment; created: boolean } {
  const all = experimentsOf(env);
  const found = all.get(name);
  if (found) return { experiment: found, created: false };
  const experiment = { experimentId: String(all.size), name, creationTime: env.sources.clock.now() };
  all.set(name, experiment);
  return { experiment, created: true };
}
