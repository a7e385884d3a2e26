// Property: whatever a learner passes to the mlflow client - wrong types, blank names, bad stages,
// unknown keywords - the call ends as a Python outcome (a value or a Python exception with a
// traceback), never as a JavaScript error escaping the interpreter.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runPythonScript } from '../../../src/engine/python/index.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';
import { STAGES_LESSON_SCENARIO, buildScenario } from '../../../src/engine/registry/index.ts';
import type { SimEnv } from '../../../src/engine/env.ts';

const METHODS = [
  'create_registered_model',
  'get_registered_model',
  'search_registered_models',
  'delete_registered_model',
  'rename_registered_model',
  'update_registered_model',
  'create_model_version',
  'get_model_version',
  'delete_model_version',
  'update_model_version',
  'transition_model_version_stage',
  'get_latest_versions',
  'search_model_versions',
  'get_model_version_stages',
  'set_registered_model_alias',
  'delete_registered_model_alias',
  'get_model_version_by_alias',
  'set_model_version_tag',
  'delete_model_version_tag',
  'set_registered_model_tag',
  'delete_registered_model_tag',
  'get_model_version_download_uri',
];
const KEYWORDS = [
  'name',
  'version',
  'stage',
  'stages',
  'alias',
  'key',
  'value',
  'description',
  'new_name',
  'source',
  'filter_string',
  'max_results',
  'archive_existing_versions',
  'tags',
  'order_by',
  'bogus',
];

/** Python literals a learner might pass. */
const literal = fc.oneof(
  fc.constantFrom(
    '"my-model"',
    '"ghost"',
    '""',
    '"  "',
    '"Staging"',
    '"archived"',
    '"Prod"',
    '"latest"',
    '"v1"',
    '"my alias"',
    '"champion"',
    '"name=\'my-model\'"',
    '"current_stage=\'None\'"',
    '"abc"',
    '"2"',
  ),
  fc.integer({ min: -2, max: 5 }).map(String),
  fc.constantFrom('None', 'True', 'False', '1.5', '[]', '["Staging"]', '{"k": 1}', '("a",)', '["version_number DESC"]'),
  fc.constantFrom(
    'client',
    'float("nan")',
    '10**20',
    '-1',
    '[[1, 2]]',
    '{"a": [1]}',
    '"runs:/abc/model"',
    '"models:/my-model@x"',
    'print',
  ),
);

const call = fc.record({
  method: fc.constantFrom(...METHODS),
  positional: fc.array(literal, { maxLength: 4 }),
  keywords: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYWORDS), literal), { maxLength: 3, selector: ([k]) => k }),
  caught: fc.boolean(),
  target: fc.constantFrom('client', 'client', 'client', 'mlflow'),
});

/** Fluent functions called with the same random arguments. */
const FLUENT = [
  'register_model',
  'search_model_versions',
  'search_registered_models',
  'start_run',
  'end_run',
  'log_param',
  'log_metric',
  'set_tag',
  'pyfunc.load_model',
  'sklearn.log_model',
  'pyfunc.log_model',
  'set_experiment',
  'get_run',
];

type Call = { method: string; positional: string[]; keywords: [string, string][]; caught: boolean; target: string };

function script(calls: Call[]): string {
  const lines = ['import mlflow', 'from mlflow import MlflowClient', 'client = MlflowClient()'];
  calls.forEach((c, i) => {
    const args = [...c.positional, ...c.keywords.map(([k, v]) => `${k}=${v}`)].join(', ');
    const fn = c.target === 'client' ? `client.${c.method}` : `mlflow.${FLUENT[i % FLUENT.length]}`;
    const expr = `print(repr(${fn}(${args})))`;
    if (c.caught) lines.push('try:', `    ${expr}`, 'except Exception as e:', '    print(type(e).__name__, e)');
    else lines.push(expr);
  });
  return lines.join('\n') + '\n';
}

function newEnv(): { env: SimEnv; stderr: () => string } {
  const sources = deterministicSources(7);
  let err = '';
  const env: SimEnv = {
    registry: buildScenario(STAGES_LESSON_SCENARIO, sources),
    sources,
    strict: false,
    out: { write: (stream, text) => void (stream === 'stderr' ? (err += text) : undefined) },
    changes: [],
  };
  return { env, stderr: () => err };
}

describe('mlflow client fuzz', () => {
  test('random client calls end as Python outcomes, never as JS errors', () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 8 }), (calls) => {
        const { env, stderr } = newEnv();
        const result = runPythonScript(env, script(calls));
        expect(stderr()).not.toContain('internal error');
        if (result.error) {
          // An uncaught exception is a Python exception class, reported with a line.
          expect(result.error.type).toMatch(
            /^(mlflow\.exceptions\.MlflowException|TypeError|Exception|AttributeError|ValueError|KeyError)$/,
          );
          expect(result.exitCode).toBe(1);
        } else {
          expect(result.exitCode).toBe(0);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  }, 120_000);
});
