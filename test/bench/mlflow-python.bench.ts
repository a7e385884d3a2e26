// The seed lesson's code example (log, register, transition) run end to end through the Python
// subset and the mlflow bindings, plus a client-heavy loop: what a learner's "Run" button costs.
// No timing assertions: `npm run bench` prints the table.
import { readFileSync } from 'node:fs';
import { describe, test } from 'vitest';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import { captureEnv } from '../python/helpers.ts';

const seed = readFileSync(new URL('../python/cases/seed/code-example.py', import.meta.url), 'utf8');
const loop = `import warnings
warnings.simplefilter("ignore")
from mlflow import MlflowClient
client = MlflowClient()
client.create_registered_model("m")
for i in range(50):
    client.create_model_version("m", f"s3://bucket/m/{i}")
for i in range(1, 51):
    client.transition_model_version_stage("m", i, "Production", archive_existing_versions=True)
print(len(client.get_latest_versions("m")))
`;

const threeThousand = `from mlflow import MlflowClient
client = MlflowClient()
client.create_registered_model("m")
for i in range(3000):
    client.create_model_version("m", f"s3://bucket/m/{i}")
print(client.get_model_version("m", 3000).version)
`;

const cases: ReadonlyArray<readonly [string, string]> = [
  ['seed code example (start_run, log_model, register_model, transition)', seed],
  ['50 versions created and promoted with archive_existing_versions', loop],
  ['a loop creating 3,000 versions', threeThousand],
];

describe('mlflow through Python', () => {
  test.for(cases)('%s', async ([label, source], { bench }) => {
    await bench(label, () => {
      runPythonScript(captureEnv(undefined, deterministicSources(1)), source);
    }).run();
  });
});
