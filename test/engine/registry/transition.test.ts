import { describe, expect, test } from 'vitest';
import { deleteModelVersion, latestVersions, transitionStage } from '../../../src/engine/registry/index.ts';
import { expectError, ok, registry, stagesOf } from './helpers.ts';

const INVALID_STAGE = (s: string) =>
  `Invalid Model Version stage: ${s}. Value must be one of None, Staging, Production, Archived.`;
const NOT_ACTIVE = (s: string) =>
  `Model version transition cannot archive existing model versions because '${s}' is not an Active stage. Valid stages are ['Staging', 'Production']`;

describe('transitionStage: order of checks (facts §2.3)', () => {
  // Each row breaks several rules at once; the first check in MLflow's order must win.
  test.each([
    [
      'missing model wins over blank stage and missing version',
      { name: 'nope', version: 99, stage: '' },
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    [
      'missing model wins over invalid stage',
      { name: 'nope', version: 1, stage: 'Prod' },
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    [
      'blank stage wins over missing version',
      { name: 'my-model', version: 99, stage: '   ' },
      'The stage must not be an empty string.',
      'INTERNAL_ERROR',
    ],
    [
      'empty stage',
      { name: 'my-model', version: 1, stage: '' },
      'The stage must not be an empty string.',
      'INTERNAL_ERROR',
    ],
    [
      'invalid stage wins over missing version',
      { name: 'my-model', version: 99, stage: 'Prod' },
      INVALID_STAGE('Prod'),
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'stage is not trimmed',
      { name: 'my-model', version: 1, stage: ' Staging' },
      INVALID_STAGE(' Staging'),
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'invalid stage wins over bad archive flag',
      { name: 'my-model', version: 1, stage: 'gone', archiveExistingVersions: true },
      INVALID_STAGE('gone'),
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'archive to Archived echoes the raw stage',
      { name: 'my-model', version: 1, stage: 'archived', archiveExistingVersions: true },
      NOT_ACTIVE('archived'),
      'INTERNAL_ERROR',
    ],
    [
      'archive to None',
      { name: 'my-model', version: 1, stage: 'None', archiveExistingVersions: true },
      NOT_ACTIVE('None'),
      'INTERNAL_ERROR',
    ],
    [
      'archive check wins over missing version',
      { name: 'my-model', version: 99, stage: 'ARCHIVED', archiveExistingVersions: true },
      NOT_ACTIVE('ARCHIVED'),
      'INTERNAL_ERROR',
    ],
    [
      'bad version text after the stage checks',
      { name: 'my-model', version: 'abc', stage: 'Staging' },
      "Parameter 'version' must be an integer, got 'abc'.",
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'missing version',
      { name: 'my-model', version: 99, stage: 'Staging' },
      'Model Version (name=my-model, version=99) not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    [
      'missing version given as a string is echoed as typed',
      { name: 'my-model', version: '07', stage: 'Staging' },
      'Model Version (name=my-model, version=07) not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
  ] as const)('%s', (_label, args, message, code) => {
    const { state, src } = registry(['Staging', 'Production', 'None']);
    expectError(transitionStage(state, src, args), message, code);
  });

  test('a deleted version cannot be transitioned (facts §2.2)', () => {
    const { state, src } = registry(['None', 'None']);
    const s2 = ok(deleteModelVersion(state, src, { name: 'my-model', version: 1 })).state;
    expectError(
      transitionStage(s2, src, { name: 'my-model', version: 1, stage: 'Staging' }),
      'Model Version (name=my-model, version=1) not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('transitionStage: no state machine (facts §1)', () => {
  test.each([
    ['None', 'Production'],
    ['Production', 'None'],
    ['Archived', 'Staging'],
    ['Staging', 'Staging'],
    ['Archived', 'Archived'],
    ['Production', 'Archived'],
  ])('%s -> %s is allowed', (from, to) => {
    const { state, src } = registry([from]);
    const r = ok(transitionStage(state, src, { name: 'my-model', version: 1, stage: to.toLowerCase() }));
    expect(r.value.currentStage).toBe(to);
    expect(stagesOf(r.state)).toEqual([to]);
  });

  test('returns the updated ModelVersion with aliases populated (facts §2.3 step 7)', () => {
    const { state, src } = registry(['None']);
    const r = ok(transitionStage(state, src, { name: 'my-model', version: '1', stage: 'staging' }));
    expect(r.value).toMatchObject({
      name: 'my-model',
      version: 1,
      currentStage: 'Staging',
      aliases: [],
      status: 'READY',
    });
  });

  test('without archive, several versions may share Production (facts §2.3)', () => {
    const { state, src } = registry(['Production', 'None']);
    const r = ok(transitionStage(state, src, { name: 'my-model', version: 2, stage: 'Production' }));
    expect(stagesOf(r.state)).toEqual(['Production', 'Production']);
  });
});

describe('transitionStage: archive_existing_versions (facts §2.3)', () => {
  test.each([
    // [initial stages, version to move, target, expected stages after]
    [['Production', 'Staging', 'None'], 2, 'Production', ['Archived', 'Production', 'None']],
    [
      ['Production', 'Production', 'Staging', 'None'],
      4,
      'production',
      ['Archived', 'Archived', 'Staging', 'Production'],
    ],
    // Other Staging versions stay in Staging when v3 moves Staging -> Production.
    [['Staging', 'Production', 'Staging'], 3, 'Production', ['Staging', 'Archived', 'Production']],
    [['Staging', 'Staging', 'None'], 3, 'STAGING', ['Archived', 'Archived', 'Staging']],
    // The target itself is not archived even if it is already in the target stage.
    [['Production', 'Production'], 2, 'Production', ['Archived', 'Production']],
    // Nothing else in the target stage: only the target moves.
    [['None', 'Archived'], 1, 'Staging', ['Staging', 'Archived']],
  ] as const)('%j: v%i -> %s gives %j', (initial, version, stage, after) => {
    const { state, src } = registry(initial);
    const r = ok(transitionStage(state, src, { name: 'my-model', version, stage, archiveExistingVersions: true }));
    expect(stagesOf(r.state)).toEqual(after);
  });

  test('archived versions, the target and the model share one timestamp (facts §2.3)', () => {
    const { state, src } = registry(['Production', 'Production', 'Staging']);
    const r = ok(
      transitionStage(state, src, { name: 'my-model', version: 3, stage: 'Production', archiveExistingVersions: true }),
    );
    const m = r.state.models['my-model'];
    const [v1, v2, v3] = m?.versions ?? [];
    expect(v1?.lastUpdatedTimestamp).toBe(v3?.lastUpdatedTimestamp);
    expect(v2?.lastUpdatedTimestamp).toBe(v3?.lastUpdatedTimestamp);
    expect(m?.lastUpdatedTimestamp).toBe(v3?.lastUpdatedTimestamp);
    expect(v3?.lastUpdatedTimestamp).toBeGreaterThan(state.models['my-model']?.lastUpdatedTimestamp ?? Infinity);
  });

  test('reads the clock exactly once per transition (facts §2.3)', () => {
    const { state, src } = registry(['Production', 'Staging']);
    let reads = 0;
    const counting = { ...src, clock: { now: () => (reads++, src.clock.now()) } };
    ok(
      transitionStage(state, counting, {
        name: 'my-model',
        version: 2,
        stage: 'Production',
        archiveExistingVersions: true,
      }),
    );
    expect(reads).toBe(1);
  });

  test('a missing target rolls the archive back: nothing changes (facts §2.3 step 6)', () => {
    const { state, src } = registry(['Production', 'Staging']);
    const r = transitionStage(state, src, {
      name: 'my-model',
      version: 9,
      stage: 'Production',
      archiveExistingVersions: true,
    });
    expectError(r, 'Model Version (name=my-model, version=9) not found', 'RESOURCE_DOES_NOT_EXIST');
    expect(stagesOf(state)).toEqual(['Production', 'Staging']);
  });

  test('the registered model timestamp moves on a transition (facts §2.2)', () => {
    const { state, src } = registry(['None']);
    const before = state.models['my-model']?.lastUpdatedTimestamp ?? 0;
    const r = ok(transitionStage(state, src, { name: 'my-model', version: 1, stage: 'Staging' }));
    expect(r.state.models['my-model']?.lastUpdatedTimestamp).toBeGreaterThan(before);
  });

  test('changes list every archived version and the target, in the learner-facing diff', () => {
    const { state, src } = registry(['Production', 'Staging']);
    const r = ok(
      transitionStage(state, src, { name: 'my-model', version: 2, stage: 'Production', archiveExistingVersions: true }),
    );
    expect(r.changes).toEqual([
      {
        op: 'updated',
        entity: 'model_version',
        model: 'my-model',
        version: 1,
        key: 'currentStage',
        from: 'Production',
        to: 'Archived',
      },
      {
        op: 'updated',
        entity: 'model_version',
        model: 'my-model',
        version: 2,
        key: 'currentStage',
        from: 'Staging',
        to: 'Production',
      },
    ]);
  });

  test('the input state is never mutated', () => {
    const { state, src } = registry(['Production', 'Staging']);
    const snapshot = JSON.stringify(state);
    ok(
      transitionStage(state, src, { name: 'my-model', version: 2, stage: 'Production', archiveExistingVersions: true }),
    );
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});

describe('latestVersions (facts §2.4)', () => {
  const summary = (vs: readonly { currentStage: string; version: number }[]) =>
    vs.map((v) => `${v.currentStage}:${v.version}`);

  test.each([
    // [stages of v1..vn, requested stages, expected "Stage:version" in SQLite order]
    [['None', 'Staging', 'Production', 'Archived'], undefined, ['None:1', 'Staging:2', 'Production:3', 'Archived:4']],
    [['None', 'Staging', 'Production', 'Archived'], null, ['None:1', 'Staging:2', 'Production:3', 'Archived:4']],
    [['None', 'Staging', 'Production', 'Archived'], [], ['None:1', 'Staging:2', 'Production:3', 'Archived:4']],
    // One per stage, the highest number in it.
    [['Production', 'Production', 'None', 'None'], undefined, ['Production:2', 'None:4']],
    // Ordered by the lowest version number in each stage (SQLite row order), not by stage name.
    [['Archived', 'None', 'Staging', 'Archived'], undefined, ['Archived:4', 'None:2', 'Staging:3']],
    [['None', 'Staging', 'Production'], ['Production'], ['Production:3']],
    [
      ['None', 'Staging', 'Production'],
      ['production', 'STAGING'],
      ['Staging:2', 'Production:3'],
    ],
    [['None', 'Staging'], ['Archived'], []],
    [[], undefined, []],
  ] as const)('%j with stages=%j -> %j', (stages, requested, expected) => {
    const { state } = registry(stages);
    expect(summary(ok(latestVersions(state, 'my-model', requested)).value)).toEqual(expected);
  });

  test('deleted versions are ignored (facts §2.4)', () => {
    const { state, src } = registry(['Production', 'Production']);
    const s2 = ok(deleteModelVersion(state, src, { name: 'my-model', version: 2 })).state;
    expect(summary(ok(latestVersions(s2, 'my-model')).value)).toEqual(['Production:1']);
  });

  test('a plain string is iterated like Python: "Production" fails on P (facts §1)', () => {
    const { state } = registry(['Production']);
    expectError(latestVersions(state, 'my-model', 'Production'), INVALID_STAGE('P'), 'INVALID_PARAMETER_VALUE');
  });

  test('an invalid stage name in the list is refused (facts §2.4)', () => {
    const { state } = registry(['Production']);
    expectError(
      latestVersions(state, 'my-model', ['Production', 'Prod']),
      INVALID_STAGE('Prod'),
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('a missing model is refused before the stages are read (facts §2.2, §2.4)', () => {
    const { state } = registry([]);
    expectError(
      latestVersions(state, 'other', 'Production'),
      'Registered Model with name=other not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('a read returns the same state object and no changes', () => {
    const { state } = registry(['Staging']);
    const r = ok(latestVersions(state, 'my-model'));
    expect(r.state).toBe(state);
    expect(r.changes).toEqual([]);
  });
});
