// Property: the Python client is a translation layer only. Random stage transitions made through
// `MlflowClient.transition_model_version_stage` leave exactly the registry state, and raise exactly
// the messages, that the registry operation gives when called directly (architecture: one engine).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../property.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runPythonScript } from '../../../src/engine/python/index.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';
import { buildScenario, transitionStage } from '../../../src/engine/registry/index.ts';
import type { RegistryState } from '../../../src/engine/registry/index.ts';
import { captureEnv } from '../helpers.ts';

const scenario = parseYaml(
  readFileSync(join(import.meta.dirname, '../../../content/scenarios/model-stages.yaml'), 'utf8'),
);

const step = fc.record({
  version: fc.constantFrom(1, 2, 3, 4),
  stage: fc.constantFrom('None', 'staging', 'Production', 'ARCHIVED', 'Prod', ''),
  archive: fc.boolean(),
});

describe('python client and registry are one engine', () => {
  test('transitions through Python equal direct registry operations', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        // Direct: the registry operation, with its own deterministic sources.
        const direct = deterministicSources(3);
        let state: RegistryState = buildScenario(scenario, direct);
        const expected: string[] = [];
        for (const s of steps) {
          const r = transitionStage(state, direct, {
            name: 'my-model',
            version: s.version,
            stage: s.stage,
            archiveExistingVersions: s.archive,
          });
          if (r.ok) {
            state = r.state;
            expected.push(`${r.value.version} ${r.value.currentStage}`);
          } else
            expected.push(`error ${r.error.kind === 'mlflow' ? r.error.errorCode : r.error.kind} ${r.error.message}`);
        }
        // Through Python, from the same starting point and the same sources.
        const viaPython = deterministicSources(3);
        const env = captureEnv(buildScenario(scenario, viaPython), viaPython);
        const lines = [
          'import warnings',
          'warnings.simplefilter("ignore")',
          'import mlflow',
          'client = mlflow.MlflowClient()',
        ];
        for (const s of steps) {
          lines.push(
            'try:',
            `    mv = client.transition_model_version_stage("my-model", ${s.version}, ${JSON.stringify(s.stage)}, archive_existing_versions=${s.archive ? 'True' : 'False'})`,
            '    print(mv.version, mv.current_stage)',
            'except mlflow.exceptions.MlflowException as e:',
            '    print("error", e.error_code, e.message)',
          );
        }
        runPythonScript(env, lines.join('\n') + '\n');
        expect(env.stderr()).toBe('');
        expect(env.stdout()).toBe(expected.map((l) => l + '\n').join(''));
        expect(env.registry).toEqual(state);
      }),
      { numRuns: runs(150) },
    );
  });
});
