import { describe, expect, test } from 'vitest';
import {
  deleteModelVersionTag,
  deleteRegisteredModelTag,
  getModelVersion,
  getRegisteredModel,
  setModelVersionTag,
  setRegisteredModelTag,
} from '../../../src/engine/registry/index.ts';
import { expectError, ok, registry } from './helpers.ts';

describe('registered model tags (facts §2.5)', () => {
  test.each([
    ['ml', 'ml'],
    [3, '3'],
    [true, 'True'],
    [null, 'None'],
    [0.5, '0.5'],
  ])('value %j is stored as str(value) %j', (value, stored) => {
    const { state, src } = registry([]);
    const r = ok(setRegisteredModelTag(state, src, { name: 'my-model', key: 'k', value }));
    expect(ok(getRegisteredModel(r.state, 'my-model')).value.tags).toEqual({ k: stored });
  });

  test('set then delete; deleting a missing key changes nothing', () => {
    const { state, src } = registry([]);
    const s1 = ok(setRegisteredModelTag(state, src, { name: 'my-model', key: 'team', value: 'ml' }));
    expect(s1.changes).toEqual([
      { op: 'added', entity: 'registered_model_tag', model: 'my-model', key: 'team', to: 'ml' },
    ]);
    const s2 = ok(deleteRegisteredModelTag(s1.state, src, { name: 'my-model', key: 'team' }));
    expect(s2.state.models['my-model']?.tags).toEqual({});
    const s3 = ok(deleteRegisteredModelTag(s2.state, src, { name: 'my-model', key: 'team' }));
    expect(s3.state).toBe(s2.state);
  });

  test('the model must exist', () => {
    const { state, src } = registry([]);
    expectError(
      setRegisteredModelTag(state, src, { name: 'x', key: 'k', value: 'v' }),
      'Registered Model with name=x not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      deleteRegisteredModelTag(state, src, { name: 'x', key: 'k' }),
      'Registered Model with name=x not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('model version tags: version or stage (facts §2.5)', () => {
  test.each([
    ['both', { version: 1, stage: 'Staging' }, 'version and stage cannot be set together', 'INVALID_PARAMETER_VALUE'],
    ['neither', {}, 'version or stage must be set', 'INVALID_PARAMETER_VALUE'],
    // Python truthiness (mlflow/utils/validation.py::_validate_model_version_or_stage_exists).
    [
      'version 0 and empty stage count as unset',
      { version: 0, stage: '' },
      'version or stage must be set',
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'version 0 with a stage uses the stage',
      { version: 0, stage: 'Archived' },
      'Could not find any model version for Archived stage',
      'INTERNAL_ERROR',
    ],
    ['empty stage', { stage: 'Production' }, 'Could not find any model version for Production stage', 'INTERNAL_ERROR'],
    [
      'stage echoed as typed',
      { stage: 'production' },
      'Could not find any model version for production stage',
      'INTERNAL_ERROR',
    ],
    [
      'invalid stage',
      { stage: 'Prod' },
      'Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.',
      'INVALID_PARAMETER_VALUE',
    ],
    [
      'missing version',
      { version: 7 },
      'Model Version (name=my-model, version=7) not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
  ] as const)('%s', (_l, target, message, code) => {
    const { state, src } = registry(['Staging', 'Staging']);
    expectError(setModelVersionTag(state, src, { name: 'my-model', key: 'k', value: 'v', ...target }), message, code);
    expectError(deleteModelVersionTag(state, src, { name: 'my-model', key: 'k', ...target }), message, code);
  });

  // Recorded from MLflow 3.6.1.dev0: `_validate_model_version_or_stage_exists` runs before the
  // prompt check (test/fuzz/findings.cases.ts, version-tag-order).
  test('the version/stage rule comes before the prompt check', () => {
    const { state, src } = registry([]);
    expectError(
      setModelVersionTag(state, src, { name: 'nope', key: 'k', value: 'v' }),
      'version or stage must be set',
      'INVALID_PARAMETER_VALUE',
    );
    expectError(
      setModelVersionTag(state, src, { name: 'nope', version: 1, key: 'k', value: 'v' }),
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('by stage, the latest version in that stage is tagged', () => {
    const { state, src } = registry(['Staging', 'Staging', 'None']);
    const r = ok(setModelVersionTag(state, src, { name: 'my-model', stage: 'staging', key: 'validated', value: true }));
    expect(ok(getModelVersion(r.state, 'my-model', 2)).value.tags).toEqual({ validated: 'True' });
    expect(ok(getModelVersion(r.state, 'my-model', 1)).value.tags).toEqual({});
  });

  test('by version; tag writes leave the model timestamp alone (facts §2.2)', () => {
    const { state, src } = registry(['None']);
    const r = ok(setModelVersionTag(state, src, { name: 'my-model', version: '1', key: 'k', value: 'v' }));
    expect(ok(getModelVersion(r.state, 'my-model', 1)).value.tags).toEqual({ k: 'v' });
    expect(r.state.models['my-model']?.lastUpdatedTimestamp).toBe(state.models['my-model']?.lastUpdatedTimestamp);
    const d = ok(deleteModelVersionTag(r.state, src, { name: 'my-model', version: 1, key: 'k' }));
    expect(ok(getModelVersion(d.state, 'my-model', 1)).value.tags).toEqual({});
    expect(d.changes).toEqual([
      { op: 'removed', entity: 'model_version_tag', model: 'my-model', version: 1, key: 'k', from: 'v' },
    ]);
  });
});
