// Goal: under 1 ms a command. A shorthand transition and list-versions on a registry with 10,000
// versions, and replaying a 200-line session. No timing assertions (`npm run bench` prints).
import { describe, test } from 'vitest';
import { createModelVersion, createRegisteredModel, EMPTY_REGISTRY } from '../../src/engine/registry/index.ts';
import type { RegistryState } from '../../src/engine/registry/index.ts';
import { Session } from '../../src/engine/session.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

const src = deterministicSources(1);

function registryWith(name: string, versions: number): RegistryState {
  const r = createRegisteredModel(EMPTY_REGISTRY, src, { name });
  if (!r.ok) throw new Error(r.error.message);
  let state = r.state;
  for (let i = 0; i < versions; i++) {
    const v = createModelVersion(state, src, { name, source: `models:/m-${i}`, runId: `run-${i % 50}` });
    if (!v.ok) throw new Error(v.error.message);
    state = v.state;
  }
  return state;
}

const big = registryWith('big-model', 10_000);

/** 10,000 versions as teams have them: 100 registered models of 100 versions each. */
function manyModels(): RegistryState {
  let state: RegistryState = EMPTY_REGISTRY;
  for (let m = 0; m < 100; m++) {
    const r = createRegisteredModel(state, src, { name: `model-${m}` });
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    for (let i = 0; i < 100; i++) {
      const v = createModelVersion(state, src, {
        name: `model-${m}`,
        source: `models:/m-${m}-${i}`,
        runId: `run-${i}`,
      });
      if (!v.ok) throw new Error(v.error.message);
      state = v.state;
    }
  }
  return state;
}
const wide = new Session({ scenario: manyModels(), sources: src });
wide.run('mlflow models list-versions --model-name model-50'); // spend the one-time notes
wide.run('mlflow models transition-stage --help');
let w = 0;
const small = registryWith('small', 4);

const lessonLines = [
  'mlflow models list-versions --model-name small',
  'mlflow models transition-stage --model-name small --version 3 --stage Staging',
  'mlflow models transition-stage --model-name small --version 3 --stage Production --archive-existing-versions',
  'mlflow models serve -m models:/small/Production --no-conda &',
  "curl -s http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '{\"inputs\": [[1, 2, 3, 4]]}'",
  'kill %1',
  'mlflow models serve --por 1',
  'echo done; history 3',
];
const replay = Array.from({ length: 200 }, (_, i) => lessonLines[i % lessonLines.length] as string);

const session = new Session({ scenario: big, sources: src });
session.run('mlflow models list-versions --model-name big-model'); // spend the one-time notes
session.run('mlflow models transition-stage --help');
let n = 0;

// Vitest 5: `bench` is a test-context fixture (see registry.bench.ts).
const cases: ReadonlyArray<readonly [string, () => unknown]> = [
  [
    'transition-stage (shorthand) on 10,000 versions',
    () => {
      n = (n % 10_000) + 1;
      return session.run(`mlflow models transition-stage --model-name big-model --version ${n} --stage Staging`);
    },
  ],
  [
    'list-versions (shorthand) printing 10,000 rows',
    () => session.run('mlflow models list-versions --model-name big-model'),
  ],
  [
    'transition-stage (shorthand), registry of 100 models x 100 versions',
    () => {
      w = (w % 100) + 1;
      return wide.run(
        `mlflow models transition-stage --model-name model-50 --version ${w} --stage Production --archive-existing-versions`,
      );
    },
  ],
  [
    'list-versions (shorthand), registry of 100 models x 100 versions',
    () => wide.run('mlflow models list-versions --model-name model-50'),
  ],
  [
    'replay a 200-line session',
    () => {
      const s = new Session({ scenario: small, sources: deterministicSources() });
      for (const line of replay) s.run(line);
      return s;
    },
  ],
];

describe('shell and session', () => {
  test.for(cases)('%s', async ([label, fn], { bench }) => {
    let sink: unknown;
    await bench(label, () => {
      sink = fn();
    }).run();
    void sink;
  });
});
