import { describe, expect, test } from 'vitest';
import {
  deleteAlias,
  deleteModelVersion,
  deleteRegisteredModel,
  getModelVersion,
  setAlias,
  transitionStage,
  versionByAlias,
} from '../../../src/engine/registry/index.ts';
import { expectError, ok, registry } from './helpers.ts';

describe('setAlias (facts §2.5)', () => {
  test('points an alias at a version; the version lists it', () => {
    const { state, src } = registry(['None', 'None']);
    const r = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: '2' }));
    expect(r.value).toBeNull();
    expect(r.state.models['my-model']?.aliases).toEqual({ champion: 2 });
    expect(ok(getModelVersion(r.state, 'my-model', 2)).value.aliases).toEqual(['champion']);
    expect(r.changes).toEqual([
      { op: 'added', entity: 'alias', model: 'my-model', key: 'champion', to: 2, version: 2 },
    ]);
  });

  test('setting an existing alias moves it (upsert)', () => {
    const { state, src } = registry(['None', 'None']);
    const s1 = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    const r = ok(setAlias(s1, src, { name: 'my-model', alias: 'champion', version: 2 }));
    expect(r.state.models['my-model']?.aliases).toEqual({ champion: 2 });
    expect(ok(getModelVersion(r.state, 'my-model', 1)).value.aliases).toEqual([]);
    expect(r.changes[0]).toMatchObject({ op: 'updated', key: 'champion', from: 1, to: 2 });
  });

  // By alias name, as the SQL store returns them (test/python/cases/mlflow/alias-order-by-name.py).
  test('one version may carry many aliases, independent of its stage', () => {
    const { state, src } = registry(['Archived']);
    let s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    s = ok(setAlias(s, src, { name: 'my-model', alias: 'blue', version: 1 })).state;
    expect(ok(getModelVersion(s, 'my-model', 1)).value).toMatchObject({
      aliases: ['blue', 'champion'],
      currentStage: 'Archived',
    });
    // A later transition does not touch aliases.
    const t = ok(transitionStage(s, src, { name: 'my-model', version: 1, stage: 'Production' }));
    expect(t.value.aliases).toEqual(['blue', 'champion']);
  });

  test('setting the same alias to the same version changes nothing (same state object)', () => {
    const { state, src } = registry(['None']);
    const s1 = ok(setAlias(state, src, { name: 'my-model', alias: 'a', version: 1 })).state;
    const r = ok(setAlias(s1, src, { name: 'my-model', alias: 'a', version: '1' }));
    expect(r.state).toBe(s1);
    expect(r.changes).toEqual([]);
  });

  test('alias writes leave the model timestamp alone on a sqlite store (facts §2.2)', () => {
    const { state, src } = registry(['None']);
    const r = ok(setAlias(state, src, { name: 'my-model', alias: 'a', version: 1 }));
    expect(r.state.models['my-model']?.lastUpdatedTimestamp).toBe(state.models['my-model']?.lastUpdatedTimestamp);
  });

  test.each([
    [
      'missing model first',
      { name: 'nope', alias: 'latest', version: 9 },
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    [
      'empty alias',
      { name: 'my-model', alias: '', version: 1 },
      'Registered model alias name cannot be empty.',
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'bad characters',
      { name: 'my-model', alias: 'my alias', version: 1 },
      "Invalid alias name: 'my alias'. Names may only contain alphanumerics, underscores (_), and dashes (-).",
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'reserved latest',
      { name: 'my-model', alias: 'Latest', version: 1 },
      "'latest' alias name (case insensitive) is reserved.",
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'reserved v3',
      { name: 'my-model', alias: 'v3', version: 1 },
      "Version alias name 'v3' is reserved.",
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'alias rules before the version',
      { name: 'my-model', alias: 'v3', version: 99 },
      "Version alias name 'v3' is reserved.",
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'missing version',
      { name: 'my-model', alias: 'champion', version: 99 },
      'Model Version (name=my-model, version=99) not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    [
      'non-integer version',
      { name: 'my-model', alias: 'champion', version: 'abc' },
      "Parameter 'version' must be an integer, got 'abc'.",
      'INVALID_PARAMETER_VALUE',
    ],
  ] as const)('%s (facts §2.5, §3)', (_l, args, message, code) => {
    const { state, src } = registry(['None']);
    expectError(setAlias(state, src, args), message, code);
  });

  test('an alias cannot point at a deleted version', () => {
    const { state, src } = registry(['None', 'None']);
    const s = ok(deleteModelVersion(state, src, { name: 'my-model', version: 2 })).state;
    expectError(
      setAlias(s, src, { name: 'my-model', alias: 'a', version: 2 }),
      'Model Version (name=my-model, version=2) not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('deleteAlias (facts §2.5)', () => {
  test('removes the alias', () => {
    const { state, src } = registry(['None']);
    const s1 = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    const r = ok(deleteAlias(s1, src, { name: 'my-model', alias: 'champion' }));
    expect(r.state.models['my-model']?.aliases).toEqual({});
    expect(r.changes).toEqual([
      { op: 'removed', entity: 'alias', model: 'my-model', key: 'champion', from: 1, version: 1 },
    ]);
  });

  test('deleting a missing alias silently succeeds and changes nothing', () => {
    const { state, src } = registry(['None']);
    const r = ok(deleteAlias(state, src, { name: 'my-model', alias: 'ghost' }));
    expect(r.state).toBe(state);
    expect(r.changes).toEqual([]);
  });

  test('the model must exist', () => {
    const { state, src } = registry([]);
    expectError(
      deleteAlias(state, src, { name: 'nope', alias: 'a' }),
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('versionByAlias (facts §2.5, §3, §10.6)', () => {
  test('reads the version an alias points to', () => {
    const { state, src } = registry(['None', 'Staging']);
    const s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 2 })).state;
    expect(ok(versionByAlias(s, 'my-model', 'champion')).value).toMatchObject({
      version: 2,
      currentStage: 'Staging',
      aliases: ['champion'],
    });
  });

  test('an unknown alias is INVALID_PARAMETER_VALUE, with a period', () => {
    const { state } = registry(['None']);
    expectError(
      versionByAlias(state, 'my-model', 'champion'),
      'Registered model alias champion not found.',
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('the SQL store does not check the model: a deleted model gives the alias error', () => {
    const { state, src } = registry(['None']);
    const s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    const gone = ok(deleteRegisteredModel(s, 'my-model')).state;
    expectError(
      versionByAlias(gone, 'my-model', 'champion'),
      'Registered model alias champion not found.',
      'INVALID_PARAMETER_VALUE',
    );
  });

  // facts §2.5: since 3.3, 'latest' (any case) is get_latest_versions(name)[0]
  test.each([
    [['None', 'None', 'None'], 'latest', 3],
    [['None', 'None', 'None'], 'LATEST', 3],
    // Mixed stages: the first per-stage entry (stage of the lowest version), not the maximum.
    [['Production', 'None', 'None'], 'Latest', 1],
    [['None', 'Production', 'Production'], 'latest', 1],
    [['Archived', 'Staging'], 'latest', 1],
  ] as const)('%j alias %s -> v%i', (stages, alias, version) => {
    const { state } = registry(stages);
    expect(ok(versionByAlias(state, 'my-model', alias)).value.version).toBe(version);
  });

  test("'latest' on a model without versions", () => {
    const { state } = registry([]);
    expectError(
      versionByAlias(state, 'my-model', 'latest'),
      'Latest version not found for model my-model.',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test("'latest' on a missing model", () => {
    const { state } = registry([]);
    expectError(
      versionByAlias(state, 'nope', 'latest'),
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});
