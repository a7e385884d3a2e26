// One clock reading per operation, so everything an operation stamps shares one timestamp
// (facts §2.3: archived versions and the target get the same last_updated_timestamp).
import { describe, expect, test } from 'vitest';
import type { Sources } from '../../../src/engine/sources.ts';
import {
  createModelVersion,
  createRegisteredModel,
  createRun,
  deleteAlias,
  deleteModelVersion,
  endRun,
  logModel,
  renameRegisteredModel,
  setAlias,
  setModelVersionTag,
  setRegisteredModelTag,
  transitionStage,
  updateModelVersion,
  updateRegisteredModel,
} from '../../../src/engine/registry/index.ts';
import type { RegistryState, Result } from '../../../src/engine/registry/index.ts';
import { ok, registry } from './helpers.ts';

type Op = (s: RegistryState, src: Sources, runId: string) => Result<unknown>;

describe('clock readings per successful write', () => {
  test.each<[string, Op, number]>([
    ['createRegisteredModel', (s, src) => createRegisteredModel(s, src, { name: 'new' }), 1],
    ['renameRegisteredModel', (s, src) => renameRegisteredModel(s, src, { name: 'my-model', newName: 'renamed' }), 1],
    ['updateRegisteredModel', (s, src) => updateRegisteredModel(s, src, { name: 'my-model', description: 'd' }), 1],
    ['createModelVersion', (s, src) => createModelVersion(s, src, { name: 'my-model', source: 's' }), 1],
    [
      'updateModelVersion',
      (s, src) => updateModelVersion(s, src, { name: 'my-model', version: 1, description: 'd' }),
      1,
    ],
    ['deleteModelVersion', (s, src) => deleteModelVersion(s, src, { name: 'my-model', version: 1 }), 1],
    [
      'transitionStage with archive',
      (s, src) =>
        transitionStage(s, src, { name: 'my-model', version: 2, stage: 'Production', archiveExistingVersions: true }),
      1,
    ],
    ['createRun', (s, src) => createRun(s, src, {}), 1],
    ['endRun', (s, src, runId) => endRun(s, src, { runId }), 1],
    ['logModel', (s, src, runId) => logModel(s, src, { runId, name: 'model', flavor: 'sklearn' }), 1],
    // Alias and tag writes do not stamp anything on a sqlite store (facts §2.2).
    ['setAlias', (s, src) => setAlias(s, src, { name: 'my-model', alias: 'a', version: 1 }), 0],
    ['deleteAlias', (s, src) => deleteAlias(s, src, { name: 'my-model', alias: 'a' }), 0],
    ['setRegisteredModelTag', (s, src) => setRegisteredModelTag(s, src, { name: 'my-model', key: 'k', value: 'v' }), 0],
    [
      'setModelVersionTag',
      (s, src) => setModelVersionTag(s, src, { name: 'my-model', version: 1, key: 'k', value: 'v' }),
      0,
    ],
  ])('%s reads the clock %i time(s)', (_l, op, expected) => {
    const { state, src } = registry(['Production', 'Staging']);
    const run = ok(createRun(state, src, {}));
    let reads = 0;
    const counting: Sources = { ids: src.ids, clock: { now: () => (reads++, src.clock.now()) } };
    ok(op(run.state, counting, run.value.runId));
    expect(reads).toBe(expected);
  });
});
