// Hot paths on a model with 10,000 versions: a transition and a latestVersions call must stay well
// under 1 ms (versions are an array indexed by number - 1, copied once with slice()).
import { describe, test } from 'vitest';
import { deterministicSources } from '../../src/engine/sources.ts';
import {
  createModelVersion,
  createRegisteredModel,
  EMPTY_REGISTRY,
  getRegisteredModel,
  latestVersions,
  searchModelVersions,
  transitionStage,
} from '../../src/engine/registry/index.ts';
import type { RegistryState } from '../../src/engine/registry/index.ts';

const N = 10_000;
const src = deterministicSources(1);

function big(): RegistryState {
  let r = createRegisteredModel(EMPTY_REGISTRY, src, { name: 'big' });
  if (!r.ok) throw new Error(r.error.message);
  let state = r.state;
  for (let i = 0; i < N; i++) {
    const v = createModelVersion(state, src, { name: 'big', source: `models:/m-${i}`, runId: `run-${i % 50}` });
    if (!v.ok) throw new Error(v.error.message);
    state = v.state;
  }
  // Spread versions over the four stages so archive has real work to do.
  const stages = ['Staging', 'Production', 'Archived'];
  for (let i = 1; i <= N; i += 7) {
    const t = transitionStage(state, src, { name: 'big', version: i, stage: stages[i % 3] as string });
    if (!t.ok) throw new Error(t.error.message);
    state = t.state;
  }
  const other = createRegisteredModel(state, src, { name: 'small' });
  if (!other.ok) throw new Error(other.error.message);
  return other.state;
}

const state = big();

// Vitest 5: `bench` is a test-context fixture; each case registers a benchmark and runs it.
// No timing assertions here: `npm run bench` prints the table; the budget is read, not enforced.
const cases: ReadonlyArray<readonly [string, () => unknown]> = [
  [
    'transitionStage (no archive)',
    () => transitionStage(state, src, { name: 'big', version: 5000, stage: 'Production' }),
  ],
  [
    'transitionStage (archive_existing_versions)',
    () =>
      transitionStage(state, src, { name: 'big', version: 5000, stage: 'Production', archiveExistingVersions: true }),
  ],
  ['latestVersions (all stages)', () => latestVersions(state, 'big')],
  ["latestVersions(['Production'])", () => latestVersions(state, 'big', ['Production'])],
  ['getRegisteredModel (builds latest_versions)', () => getRegisteredModel(state, 'big')],
  [
    "searchModelVersions name='big' (default order, max 10000)",
    () => searchModelVersions(state, { filterString: "name='big'" }),
  ],
  [
    'searchModelVersions run_id IN (...) AND version_number > 9000',
    () => searchModelVersions(state, { filterString: "run_id IN ('run-1', 'run-2') AND version_number > 9000" }),
  ],
];

describe(`registry with one model of ${N} versions`, () => {
  test.for(cases)('%s', async ([label, fn], { bench }) => {
    let sink: unknown;
    await bench(label, () => {
      sink = fn();
    }).run();
    void sink;
  });
});
