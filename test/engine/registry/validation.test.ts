import { describe, expect, test } from 'vitest';
import {
  parseVersion,
  validateAliasName,
  validateAliasReserved,
  validateTag,
} from '../../../src/engine/registry/index.ts';

describe('parseVersion', () => {
  // facts §2.2: int or numeric string accepted (Python int())
  test.each([
    [1, 1],
    ['1', 1],
    ['3', 3],
    [' 7 ', 7],
    ['+2', 2],
    ['1_0', 10],
  ])('%j -> %j (facts §2.2)', (input, n) => {
    expect(parseVersion(input)).toBe(n);
  });

  // facts §2.2 / §3: `Parameter 'version' must be an integer, got 'abc'.`
  test.each([
    ['abc', 'abc'],
    ['1.5', '1.5'],
    ['', ''],
    ['v1', 'v1'],
    ['something not correct', 'something not correct'],
  ])('%j is refused (facts §2.2)', (input, shown) => {
    expect(parseVersion(input)).toEqual({
      kind: 'mlflow',
      message: `Parameter 'version' must be an integer, got '${shown}'.`,
      errorCode: 'INVALID_PARAMETER_VALUE',
    });
  });

  // int(None) / int([1]) in `_validate_model_version` is a TypeError MLflow does not catch: bare
  // outside a store session, wrapped as MlflowException(INTERNAL_ERROR) inside one (recorded
  // from MLflow 3.6.1.dev0: test/fuzz/findings.cases.ts, version-int-errors).
  test.each(['NoneType', 'list', 'ModelVersion'])("a %s object is refused with int()'s TypeError", (typeName) => {
    const message = `int() argument must be a string, a bytes-like object or a real number, not '${typeName}'`;
    expect(parseVersion({ kind: 'python-object', typeName }, false)).toEqual({
      kind: 'argument-type',
      message,
      typeName,
    });
    expect(parseVersion({ kind: 'python-object', typeName })).toEqual({
      kind: 'mlflow',
      message,
      errorCode: 'INTERNAL_ERROR',
    });
  });
});

describe('validateAliasName', () => {
  // facts §2.5 / §3: alias rules, all INVALID_PARAMETER_VALUE
  test.each([
    ['', 'Registered model alias name cannot be empty.'],
    [
      'my alias',
      "Invalid alias name: 'my alias'. Names may only contain alphanumerics, underscores (_), and dashes (-).",
    ],
    ['a.b', "Invalid alias name: 'a.b'. Names may only contain alphanumerics, underscores (_), and dashes (-)."],
  ])('%j is refused (facts §2.5)', (alias, message) => {
    expect(validateAliasName(alias)).toEqual({ kind: 'mlflow', message, errorCode: 'INVALID_PARAMETER_VALUE' });
  });

  // Reserved names are a separate check that only setting an alias makes (sqlalchemy_store.py).
  test.each([
    ['latest', "'latest' alias name (case insensitive) is reserved."],
    ['LATEST', "'latest' alias name (case insensitive) is reserved."],
    ['Latest', "'latest' alias name (case insensitive) is reserved."],
    ['v1', "Version alias name 'v1' is reserved."],
    ['V3', "Version alias name 'V3' is reserved."],
    ['v42', "Version alias name 'v42' is reserved."],
  ])('%j is reserved for set_registered_model_alias', (alias, message) => {
    expect(validateAliasName(alias)).toBeNull();
    expect(validateAliasReserved(alias)).toEqual({ kind: 'mlflow', message, errorCode: 'INVALID_PARAMETER_VALUE' });
  });

  test.each(['champion', 'challenger-2', 'prod_v1', 'v', 'v1a', 'vX'])('%j is accepted (facts §2.5)', (alias) => {
    expect(validateAliasName(alias)).toBeNull();
  });
});

describe("validateAliasName: Python's re.match('^[\\w\\-]*$') (checked with CPython 3.11)", () => {
  test.each(['x\u00b2', '\u0663', '\u2177', 'champion\n', 'é'])(
    '%j passes: \\w is str.isalnum() plus _, $ allows one final newline',
    (alias) => {
      expect(validateAliasName(alias)).toBeNull();
    },
  );

  test.each(['e\u0301', 'a\u203fb', 'champion\n\n'])(
    '%j is refused: a combining mark or other connector is not \\w',
    (alias) => {
      expect(validateAliasName(alias)?.message).toBe(
        `Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`,
      );
    },
  );
});

describe('validateTag', () => {
  test.each(['team', 'owner.email', 'a/b', 'with space', 'k:1'])('key %j is accepted', (key) => {
    expect(validateTag(key, 'x')).toBeNull();
  });

  test('a key with other characters is refused with MLflow text (mlflow/utils/validation.py)', () => {
    expect(validateTag('bad!', 'x')?.message).toBe(
      `Invalid value "bad!" for parameter 'key' supplied: Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon(:) and slashes (/).`,
    );
  });

  // Recorded from MLflow 3.6.1.dev0 (28f34833), sqlite store: set_registered_model_tag and
  // set_model_version_tag accept a 6000-character value; the limit is
  // MAX_MODEL_REGISTRY_TAG_VALUE_LENGTH = 100_000 (mlflow/utils/validation.py).
  test.each([
    [6000, null],
    [100_000, null],
    [100_001, "'value' exceeds the maximum length of 100000 characters"],
  ])('a %i-character value gives %j', (length, message) => {
    expect(validateTag('k', 'v'.repeat(length))?.message ?? null).toBe(message);
  });

  test('a key that normalises to another path is refused', () => {
    expect(validateTag('a/../b', 'x')?.message).toContain("This name would resolve to 'b'");
  });
});
