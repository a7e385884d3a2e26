import { describe, expect, test } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  createModelVersion,
  createRegisteredModel,
  deleteModelVersion,
  EMPTY_REGISTRY,
  searchModels,
  searchModelVersions,
  setModelVersionTag,
  updateModelVersion,
} from '../../../src/engine/registry/index.ts';
import type { RegistryState } from '../../../src/engine/registry/index.ts';
import { expectError, ok } from './helpers.ts';

/** Two models; versions created alternately so timestamps interleave. */
function world(): RegistryState {
  const src = deterministicSources(11);
  let s = EMPTY_REGISTRY;
  for (const name of ['my-model', 'other']) s = ok(createRegisteredModel(s, src, { name })).state;
  const add = (name: string, source: string, runId: string) => {
    s = ok(createModelVersion(s, src, { name, source, runId })).state;
  };
  add('my-model', 's3://bucket/a', 'run-a'); // my-model v1
  add('other', 'models:/m-1', 'run-b'); // other v1
  add('my-model', 'models:/m-2', 'run-c'); // my-model v2
  add('my-model', 'models:/m-3', 'run-a'); // my-model v3
  s = ok(setModelVersionTag(s, src, { name: 'my-model', version: 2, key: 'team', value: 'Vision' })).state;
  s = ok(setModelVersionTag(s, src, { name: 'other', version: 1, key: 'team', value: 'nlp' })).state;
  return s;
}

const ids = (s: RegistryState, opts: Parameters<typeof searchModelVersions>[1]) =>
  ok(searchModelVersions(s, opts)).value.map((v) => `${v.name}/${v.version}`);

describe('searchModelVersions: filters (facts §2.5)', () => {
  test.each([
    // Default order: last_updated_timestamp DESC, name ASC, version_number DESC.
    [undefined, ['my-model/3', 'my-model/2', 'other/1', 'my-model/1']],
    ["name='my-model'", ['my-model/3', 'my-model/2', 'my-model/1']],
    ['name="other"', ['other/1']],
    ["name = 'nobody'", []],
    ["name != 'my-model'", ['other/1']],
    ["name LIKE 'my-%'", ['my-model/3', 'my-model/2', 'my-model/1']],
    ["name LIKE 'MY-%'", []],
    ["name ILIKE 'MY-%'", ['my-model/3', 'my-model/2', 'my-model/1']],
    ["name like 'oth_r'", ['other/1']],
    ["name='my-model' and version_number > 1", ['my-model/3', 'my-model/2']],
    ["name='my-model' AND version_number <= 2", ['my-model/2', 'my-model/1']],
    ['version_number = 1', ['other/1', 'my-model/1']],
    ['version_number != 1', ['my-model/3', 'my-model/2']],
    ["run_id = 'run-a'", ['my-model/3', 'my-model/1']],
    ["run_id IN ('run-b', 'run-c')", ['my-model/2', 'other/1']],
    ["source_path LIKE 'models:/%'", ['my-model/3', 'my-model/2', 'other/1']],
    ["source_path = 's3://bucket/a'", ['my-model/1']],
    ["tags.team = 'nlp'", ['other/1']],
    ["tag.team ILIKE 'vision'", ['my-model/2']],
    ["tags.`team` = 'Vision'", ['my-model/2']],
    ["tags.missing = 'x'", []],
    ["attribute.name = 'other'", ['other/1']],
    // Blank filters and stray ANDs are ignored like sqlparse's whitespace/keyword tokens.
    ['   ', ['my-model/3', 'my-model/2', 'other/1', 'my-model/1']],
    ["name='other' AND", ['other/1']],
  ] as const)('%j -> %j', (filterString, expected) => {
    expect(ids(world(), { filterString })).toEqual(expected);
  });

  test('deleted versions are excluded', () => {
    const src = deterministicSources(99);
    const s = ok(deleteModelVersion(world(), src, { name: 'my-model', version: 2 })).state;
    expect(ids(s, { filterString: "name='my-model'" })).toEqual(['my-model/3', 'my-model/1']);
  });

  test('default order puts the most recently updated first', () => {
    const later = { ...deterministicSources(99), clock: { now: () => Date.UTC(2030, 0, 1) } };
    const s = ok(updateModelVersion(world(), later, { name: 'my-model', version: 1, description: 'touched' })).state;
    expect(ids(s, {})[0]).toBe('my-model/1');
  });
});

describe('searchModelVersions: errors (facts §2.5)', () => {
  test.each([
    [
      "current_stage = 'Production'",
      "Invalid attribute key 'current_stage' specified. Valid keys are '{'name', 'version_number', 'run_id', 'source_path'}'",
    ],
    [
      "stage = 'Production'",
      "Invalid attribute key 'stage' specified. Valid keys are '{'name', 'version_number', 'run_id', 'source_path'}'",
    ],
    [
      // Recorded from MLflow 3.6.1.dev0: `my-model` unquoted is an arithmetic operation to sqlparse.
      'name=my-model',
      'Expected a quoted string value or a list of quoted string values for attributes. Got value my-model',
    ],
    [
      'name=mymodel',
      'Parameter value is either not quoted or unidentified quote types used for string value mymodel. Use either single or double quotes.',
    ],
    [
      'name=`my-model`',
      'Parameter value is either not quoted or unidentified quote types used for string value `my-model`. Use either single or double quotes.',
    ],
    ['metrics.acc > 0.9', "Invalid entity type 'metrics'. Valid entity types are ('attribute', 'tag', 'tags')"],
    ["name IN ('a', 'b')", "Only the 'run_id' attribute supports comparison with a list of quoted string values."],
    // Recorded from MLflow 3.6.1.dev0 (28f34833b) on SQLite: the store's own comparator messages.
    ["tags.team > 'a'", 'Invalid comparator for tag: >'],
    ["name > 'a'", 'Invalid comparator for attribute: >'],
    ["name == 'a'", 'Invalid comparator for attribute: =='],
    ["version_number LIKE '1%'", 'Invalid comparator for attribute version_number: LIKE'],
    ["name IS 'x'", "Invalid clause(s) in filter string: name, IS, 'x'"],
    ['name LIKE', 'Invalid clause(s) in filter string: name, LIKE'],
    [
      'run_id IN ()',
      'While parsing a list in the query, expected a non-empty list of string values, but got empty list',
    ],
    [
      'run_id IN (1, 2)',
      'While parsing a list in the query, expected string value, punctuation, or whitespace, but got different type in list: (1, 2)',
    ],
    [
      "run_id IN ('a', 2)",
      "While parsing a list in the query, expected string value, punctuation, or whitespace, but got different type in list: ('a', 2)",
    ],
    [
      'name = 3',
      "Only the '{'version_number', 'creation_timestamp', 'last_updated_timestamp'}' attributes support comparison with numeric values.",
    ],
    ["name = 'a' OR name = 'b'", 'Invalid clause(s) in filter string: OR'],
  ])('%j', (filterString, message) => {
    expectError(searchModelVersions(world(), { filterString }), message, 'INVALID_PARAMETER_VALUE');
  });

  test('maxResults above 200000 is refused; within range it limits', () => {
    expect(ids(world(), { maxResults: 2 })).toEqual(['my-model/3', 'my-model/2']);
    expectError(
      searchModelVersions(world(), { maxResults: 200001 }),
      'Invalid value for request parameter max_results. It must be at most 200000, but got value 200001',
      'INVALID_PARAMETER_VALUE',
    );
  });
});

describe('max_results bounds (sqlalchemy_store.py search_model_versions / search_registered_models)', () => {
  test.each([0, -1, 2.5])('searchModelVersions(maxResults=%s): a positive integer is required', (maxResults) => {
    expectError(
      searchModelVersions(world(), { maxResults }),
      `Invalid value for max_results. It must be a positive integer, but got ${maxResults}`,
      'INVALID_PARAMETER_VALUE',
    );
  });

  test.each([
    [0, []],
    [-1, []],
    [1, ['my-model']],
  ])('searchModels(maxResults=%s) only checks the upper bound: %j', (maxResults, names) => {
    const found = searchModels(world(), { maxResults });
    expect(Array.isArray(found) ? found.map((m) => m.name) : found).toEqual(names);
  });

  test('searchModels above 1000 is refused', () => {
    expect(searchModels(world(), { maxResults: 1001 })).toMatchObject({
      message: 'Invalid value for request parameter max_results. It must be at most 1000, but got value 1001',
      errorCode: 'INVALID_PARAMETER_VALUE',
    });
  });
});

describe('searchModelVersions: order_by (facts §2.5)', () => {
  test.each([
    [['version_number ASC'], ['my-model/1', 'other/1', 'my-model/2', 'my-model/3']],
    [['name DESC'], ['other/1', 'my-model/3', 'my-model/2', 'my-model/1']],
    [['creation_timestamp'], ['my-model/1', 'other/1', 'my-model/2', 'my-model/3']],
    [
      ['name', 'version_number asc'],
      ['my-model/1', 'my-model/2', 'my-model/3', 'other/1'],
    ],
  ] as const)('%j -> %j', (orderBy, expected) => {
    expect(ids(world(), { orderBy })).toEqual(expected);
  });

  test.each([
    [
      ['current_stage'],
      "Invalid attribute key 'current_stage' specified. Valid keys are '{'name', 'version_number', 'creation_timestamp', 'last_updated_timestamp'}'",
    ],
    [['name sideways'], "Invalid ordering key in order_by clause 'name sideways'."],
    [['name asc extra'], "Invalid order_by clause 'name asc extra'. Could not be parsed."],
  ] as const)('%j is refused', (orderBy, message) => {
    expectError(searchModelVersions(world(), { orderBy }), message, 'INVALID_PARAMETER_VALUE');
  });
});
