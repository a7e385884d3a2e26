import { describe, expect, test } from 'vitest';
import {
  createModelVersion,
  deleteModelVersion,
  getModelVersion,
  getRegisteredModel,
  searchModelVersions,
  setAlias,
  updateModelVersion,
  versionByAlias,
} from '../../../src/engine/registry/index.ts';
import { expectError, ok, registry } from './helpers.ts';

describe('createModelVersion (facts §2.5)', () => {
  test('a new version starts in stage "None" with status READY and the next number', () => {
    const { state, src } = registry(['Staging']);
    const r = ok(
      createModelVersion(state, src, {
        name: 'my-model',
        source: 'models:/m-abc',
        runId: 'r1',
        tags: { k: 1 },
        description: 'd',
        modelId: 'm-abc',
      }),
    );
    expect(r.value).toEqual({
      name: 'my-model',
      version: 2,
      creationTimestamp: r.value.creationTimestamp,
      lastUpdatedTimestamp: r.value.creationTimestamp,
      currentStage: 'None',
      description: 'd',
      source: 'models:/m-abc',
      runId: 'r1',
      runLink: null,
      status: 'READY',
      tags: { k: '1' },
      userId: null,
      modelId: 'm-abc',
      aliases: [],
      deploymentJobState: null,
      metrics: null,
      params: null,
      statusMessage: null,
    });
    expect(r.state.models['my-model']?.lastUpdatedTimestamp).toBe(r.value.creationTimestamp);
  });

  test('does not auto-create the registered model', () => {
    const { state, src } = registry([]);
    expectError(
      createModelVersion(state, src, { name: 'other', source: 's' }),
      'Registered Model with name=other not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('numbers are never reused after a delete: max(all, deleted included) + 1 (facts §2.2)', () => {
    const { state, src } = registry(['None', 'None', 'None']);
    const s2 = ok(deleteModelVersion(state, src, { name: 'my-model', version: 3 })).state;
    expect(ok(createModelVersion(s2, src, { name: 'my-model', source: 's' })).value.version).toBe(4);
  });
});

describe('getModelVersion (facts §2.2, §2.5)', () => {
  test.each([1, '1', ' 1'])('version %j reads version 1 (int on a sqlite store)', (v) => {
    const { state } = registry(['Staging']);
    const r = ok(getModelVersion(state, 'my-model', v));
    expect(r.value.version).toBe(1);
    expect(r.state).toBe(state);
  });

  test.each([
    ['my-model', 9, 'Model Version (name=my-model, version=9) not found', 'RESOURCE_DOES_NOT_EXIST'],
    // No model pre-check: a missing model reads as a missing version.
    ['nope', 1, 'Model Version (name=nope, version=1) not found', 'RESOURCE_DOES_NOT_EXIST'],
    ['my-model', 'abc', "Parameter 'version' must be an integer, got 'abc'.", 'INVALID_PARAMETER_VALUE'],
    ['nope', 'abc', "Parameter 'version' must be an integer, got 'abc'.", 'INVALID_PARAMETER_VALUE'],
  ] as const)('%s v%j: %s', (name, version, message, code) => {
    const { state } = registry(['None']);
    expectError(getModelVersion(state, name, version), message, code);
  });
});

describe('updateModelVersion (facts §2.2, §2.5)', () => {
  test('sets the description; the version timestamp moves, the model timestamp does not', () => {
    const { state, src } = registry(['Staging']);
    const modelBefore = state.models['my-model']?.lastUpdatedTimestamp;
    const r = ok(updateModelVersion(state, src, { name: 'my-model', version: '1', description: 'better' }));
    expect(r.value).toMatchObject({ description: 'better', currentStage: 'Staging' });
    expect(r.value.lastUpdatedTimestamp).toBeGreaterThan(modelBefore ?? Infinity);
    expect(r.state.models['my-model']?.lastUpdatedTimestamp).toBe(modelBefore);
  });

  test.each([
    // Recorded from MLflow 3.6.1.dev0: MlflowClient refuses description=None before its prompt check.
    [
      'description None before the missing model',
      { name: 'nope', version: 9, description: null },
      'Attempting to update model version with no new field values.',
      'INTERNAL_ERROR',
    ],
    [
      'missing model',
      { name: 'nope', version: 9, description: 'd' },
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    [
      'description None',
      { name: 'my-model', version: 1, description: null },
      'Attempting to update model version with no new field values.',
      'INTERNAL_ERROR',
    ],
    [
      'missing version',
      { name: 'my-model', version: 5, description: 'x' },
      'Model Version (name=my-model, version=5) not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
  ] as const)('%s', (_l, args, message, code) => {
    const { state, src } = registry(['None']);
    expectError(updateModelVersion(state, src, args), message, code);
  });
});

describe('deleteModelVersion: soft delete (facts §2.2)', () => {
  const deleted = () => {
    const { state, src } = registry(['Production', 'Staging']);
    let s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 2 })).state;
    s = ok(setAlias(s, src, { name: 'my-model', alias: 'keep', version: 1 })).state;
    const r = ok(deleteModelVersion(s, src, { name: 'my-model', version: '2' }));
    return { before: s, r, src };
  };

  test('the row keeps its number, marked Deleted_Internal, with fields redacted', () => {
    const { r } = deleted();
    expect(r.value).toBeNull();
    expect(r.state.models['my-model']?.versions[1]).toMatchObject({
      version: 2,
      currentStage: 'Deleted_Internal',
      source: 'REDACTED-SOURCE-PATH',
      runId: 'REDACTED-RUN-ID',
      runLink: 'REDACTED-RUN-LINK',
      description: null,
      userId: null,
    });
  });

  test('aliases pointing at it are removed; others stay', () => {
    const { r } = deleted();
    expect(r.state.models['my-model']?.aliases).toEqual({ keep: 1 });
    expectError(
      versionByAlias(r.state, 'my-model', 'champion'),
      'Registered model alias champion not found.',
      'INVALID_PARAMETER_VALUE',
    );
    expect(r.changes).toEqual([
      { op: 'removed', entity: 'model_version', model: 'my-model', version: 2 },
      { op: 'removed', entity: 'alias', model: 'my-model', key: 'champion', from: 2, version: 2 },
    ]);
  });

  test('it is hidden from every read', () => {
    const { r } = deleted();
    expectError(
      getModelVersion(r.state, 'my-model', 2),
      'Model Version (name=my-model, version=2) not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
    expect(ok(getRegisteredModel(r.state, 'my-model')).value.latestVersions.map((v) => v.version)).toEqual([1]);
    expect(ok(searchModelVersions(r.state, {})).value.map((v) => v.version)).toEqual([1]);
  });

  test('deleting again is a not-found error (facts §2.5)', () => {
    const { r, src } = deleted();
    expectError(
      deleteModelVersion(r.state, src, { name: 'my-model', version: 2 }),
      'Model Version (name=my-model, version=2) not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('the model timestamp moves (facts §2.2)', () => {
    const { before, r } = deleted();
    expect(r.state.models['my-model']?.lastUpdatedTimestamp).toBeGreaterThan(
      before.models['my-model']?.lastUpdatedTimestamp ?? Infinity,
    );
  });

  test('a missing model fails the prompt check first (facts §2.2)', () => {
    const { r, src } = deleted();
    expectError(
      deleteModelVersion(r.state, src, { name: 'nope', version: 'abc' }),
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});
