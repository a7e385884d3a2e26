import { describe, expect, test } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  createModelVersion,
  createRegisteredModel,
  deleteRegisteredModel,
  EMPTY_REGISTRY,
  getModelVersion,
  getRegisteredModel,
  latestVersions,
  renameRegisteredModel,
  transitionStage,
  searchRegisteredModels,
  setAlias,
  setRegisteredModelTag,
  updateRegisteredModel,
  versionByAlias,
} from '../../../src/engine/registry/index.ts';
import type { RegistryState, Result } from '../../../src/engine/registry/index.ts';
import type { Sources } from '../../../src/engine/sources.ts';
import { expectError, ok, registry } from './helpers.ts';

describe('createRegisteredModel (facts §2.5)', () => {
  test('creates an empty model whose timestamps are equal', () => {
    const src = deterministicSources(1);
    const r = ok(
      createRegisteredModel(EMPTY_REGISTRY, src, {
        name: 'm',
        description: 'demo',
        tags: { team: 'ml', n: 3, b: true },
      }),
    );
    expect(r.value).toMatchObject({
      name: 'm',
      description: 'demo',
      tags: { team: 'ml', n: '3', b: 'True' },
      aliases: {},
      latestVersions: [],
      deploymentJobId: null,
    });
    expect(r.value.creationTimestamp).toBe(r.value.lastUpdatedTimestamp);
    expect(r.changes[0]).toEqual({ op: 'added', entity: 'registered_model', model: 'm' });
  });

  test.each([
    ['', "Missing value for required parameter 'name'.", 'INVALID_PARAMETER_VALUE'],
    [null, "Missing value for required parameter 'name'.", 'INVALID_PARAMETER_VALUE'],
  ] as const)('name %j is refused', (name, message, code) => {
    expectError(createRegisteredModel(EMPTY_REGISTRY, deterministicSources(), { name: name as string }), message, code);
  });

  test('a duplicate name is refused with the 3.x text (facts §2.5)', () => {
    const { state, src } = registry([]);
    expectError(
      createRegisteredModel(state, src, { name: 'my-model' }),
      'Registered Model (name=my-model) already exists.',
      'RESOURCE_ALREADY_EXISTS',
    );
  });

  test('a model named like an Object prototype key is an ordinary model', () => {
    const src = deterministicSources(1);
    const s = ok(createRegisteredModel(EMPTY_REGISTRY, src, { name: '__proto__' })).state;
    expect(ok(getRegisteredModel(s, '__proto__')).value.name).toBe('__proto__');
    expectError(
      getRegisteredModel(EMPTY_REGISTRY, 'constructor'),
      'Registered Model with name=constructor not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('getRegisteredModel (facts §2.4, §2.5, §3)', () => {
  test('not found: no quotes, no period', () => {
    expectError(
      getRegisteredModel(EMPTY_REGISTRY, 'foo'),
      'Registered Model with name=foo not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('latest_versions is the get_latest_versions list for all four stages', () => {
    const { state } = registry(['Production', 'None', 'Archived', 'Staging', 'None']);
    const v = ok(getRegisteredModel(state, 'my-model')).value;
    expect(v.latestVersions.map((x) => [x.currentStage, x.version])).toEqual([
      ['Production', 1],
      ['None', 5],
      ['Archived', 3],
      ['Staging', 4],
    ]);
  });

  test('aliases read as a dict of alias -> int version (facts §2.2, §8)', () => {
    const { state, src } = registry(['None', 'None']);
    const s2 = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: '2' })).state;
    expect(ok(getRegisteredModel(s2, 'my-model')).value.aliases).toEqual({ champion: 2 });
  });
});

describe('renameRegisteredModel (facts §2.5)', () => {
  test('returns None, moves versions and aliases; the old name is gone', () => {
    const { state, src } = registry(['Staging', 'None']);
    const s1 = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    const r = ok(renameRegisteredModel(s1, src, { name: 'my-model', newName: 'new-model' }));
    expect(r.value).toBeNull();
    expectError(
      getRegisteredModel(r.state, 'my-model'),
      'Registered Model with name=my-model not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
    expect(ok(getModelVersion(r.state, 'new-model', 1)).value).toMatchObject({
      name: 'new-model',
      currentStage: 'Staging',
      aliases: ['champion'],
    });
    expect(ok(versionByAlias(r.state, 'new-model', 'champion')).value.version).toBe(1);
    expect(r.changes).toEqual([
      { op: 'updated', entity: 'registered_model', model: 'new-model', key: 'name', from: 'my-model', to: 'new-model' },
    ]);
  });

  test.each([
    [
      'missing model first',
      { name: 'nope', newName: '' },
      'Registered Model with name=nope not found',
      'RESOURCE_DOES_NOT_EXIST',
    ],
    ['blank new name', { name: 'my-model', newName: '  ' }, 'The name must not be an empty string.', 'INTERNAL_ERROR'],
    ['empty new name', { name: 'my-model', newName: '' }, 'The name must not be an empty string.', 'INTERNAL_ERROR'],
  ] as const)('%s', (_l, args, message, code) => {
    const { state, src } = registry([]);
    expectError(renameRegisteredModel(state, src, args), message, code);
  });

  test('renaming onto an existing model is refused and changes nothing', () => {
    const { state, src } = registry(['None']);
    const s2 = ok(createRegisteredModel(state, src, { name: 'other' })).state;
    const r = renameRegisteredModel(s2, src, { name: 'my-model', newName: 'other' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind: 'mlflow', errorCode: 'RESOURCE_ALREADY_EXISTS' });
      expect(r.error.message.startsWith('Registered Model (name=other) already exists.')).toBe(true);
    }
  });
});

describe('updateRegisteredModel (facts §2.5)', () => {
  test.each([['a description'], [null]])('sets description %j and bumps last_updated', (description) => {
    const { state, src } = registry(['None']);
    const before = state.models['my-model']?.lastUpdatedTimestamp ?? 0;
    const r = ok(updateRegisteredModel(state, src, { name: 'my-model', description }));
    expect(r.value.description).toBe(description);
    expect(r.value.lastUpdatedTimestamp).toBeGreaterThan(before);
  });

  test('missing model', () => {
    expectError(
      updateRegisteredModel(EMPTY_REGISTRY, deterministicSources(), { name: 'x', description: 'd' }),
      'Registered Model with name=x not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('deleteRegisteredModel (facts §2.5)', () => {
  test('cascades to versions, tags and aliases; the name can be reused from version 1', () => {
    const { state, src } = registry(['Production', 'None']);
    let s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    s = ok(setRegisteredModelTag(s, src, { name: 'my-model', key: 'team', value: 'ml' })).state;
    const r = ok(deleteRegisteredModel(s, 'my-model'));
    expect(r.value).toBeNull();
    expect(r.state.models['my-model']).toBeUndefined();
    expectError(
      getModelVersion(r.state, 'my-model', 1),
      'Model Version (name=my-model, version=1) not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
    const again = ok(createRegisteredModel(r.state, src, { name: 'my-model' })).state;
    expect(ok(getRegisteredModel(again, 'my-model')).value).toMatchObject({ tags: {}, aliases: {} });
    expect(ok(createModelVersion(again, src, { name: 'my-model', source: 's' })).value.version).toBe(1);
  });

  test('missing model', () => {
    expectError(
      deleteRegisteredModel(EMPTY_REGISTRY, 'x'),
      'Registered Model with name=x not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
  });
});

describe('searchRegisteredModels (facts §2.5)', () => {
  const three = () => {
    const src = deterministicSources(3);
    let s = EMPTY_REGISTRY;
    for (const [name, team] of [
      ['zeta', 'a'],
      ['alpha', 'b'],
      ['Mid', 'a'],
    ] as const) {
      s = ok(createRegisteredModel(s, src, { name, tags: { team } })).state;
    }
    return s;
  };
  const names = (r: ReturnType<typeof searchRegisteredModels>) => ok(r).value.map((m) => m.name);

  test.each([
    [undefined, undefined, ['Mid', 'alpha', 'zeta']],
    ["name = 'alpha'", undefined, ['alpha']],
    ["name LIKE 'a%'", undefined, ['alpha']],
    ["name ILIKE 'm%'", undefined, ['Mid']],
    ["name != 'alpha'", undefined, ['Mid', 'zeta']],
    ["tags.team = 'a'", undefined, ['Mid', 'zeta']],
    ["tag.team = 'a' AND name LIKE 'z%'", undefined, ['zeta']],
    [undefined, ['name DESC'], ['zeta', 'alpha', 'Mid']],
    [undefined, ['timestamp DESC'], ['Mid', 'alpha', 'zeta']],
    [undefined, ['last_updated_timestamp ASC'], ['zeta', 'alpha', 'Mid']],
  ] as const)('filter %j order %j -> %j', (filterString, orderBy, expected) => {
    expect(names(searchRegisteredModels(three(), { filterString, orderBy }))).toEqual(expected);
  });

  test('maxResults limits, and more than 1000 is refused', () => {
    expect(names(searchRegisteredModels(three(), { maxResults: 2 }))).toEqual(['Mid', 'alpha']);
    expectError(
      searchRegisteredModels(three(), { maxResults: 1001 }),
      'Invalid value for request parameter max_results. It must be at most 1000, but got value 1001',
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('only name and tags are filterable', () => {
    const r = searchRegisteredModels(three(), { filterString: "description = 'x'" });
    expectError(
      r,
      "Invalid attribute key 'description' specified. Valid keys are '{'name'}'",
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('an unknown order-by key is refused', () => {
    expectError(
      searchRegisteredModels(three(), { orderBy: ['version DESC'] }),
      "Invalid order by key 'version' specified. Valid keys are '{'name', 'timestamp'}'",
      'INVALID_PARAMETER_VALUE',
    );
  });
});

describe('an empty model name is a missing parameter everywhere (mlflow/utils/validation.py::_validate_model_name)', () => {
  test.each([
    ['getRegisteredModel', (s: RegistryState, src: Sources) => getRegisteredModel(s, '')],
    ['deleteRegisteredModel', (s: RegistryState) => deleteRegisteredModel(s, '')],
    ['getModelVersion', (s: RegistryState) => getModelVersion(s, '', 'abc')],
    [
      'transitionStage',
      (s: RegistryState, src: Sources) => transitionStage(s, src, { name: '', version: 1, stage: '' }),
    ],
    ['latestVersions', (s: RegistryState) => latestVersions(s, '', 'Production')],
    ['setAlias', (s: RegistryState, src: Sources) => setAlias(s, src, { name: '', alias: 'latest', version: 1 })],
    ['versionByAlias', (s: RegistryState) => versionByAlias(s, '', 'champion')],
  ] as const)('%s', (_l, call) => {
    const { state, src } = registry(['None']);
    expectError(
      call(state, src) as Result<unknown>,
      "Missing value for required parameter 'name'.",
      'INVALID_PARAMETER_VALUE',
    );
  });
});
