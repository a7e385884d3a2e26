// Python's text rules (src/engine/python-text/) against CPython 3.11's own outputs, recorded by
// ./record-cpython.py into ./cpython-text.json. The python, shell and registry packages all
// quote and print through these functions, so one table holds all three to CPython.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { floatRepr, strRepr } from '../../../src/engine/python-text/repr.ts';
import { jsonDumps, jsonFloat, jsonString } from '../../../src/engine/python-text/json.ts';

interface Recorded {
  python: string;
  strRepr: [string, string][];
  floatRepr: [string, string][];
  jsonFloat: [string, string][];
  jsonDumps: [unknown, string][];
  jsonStringUnicode: [string, string][];
}
const cpython = JSON.parse(readFileSync(new URL('./cpython-text.json', import.meta.url), 'utf8')) as Recorded;

test('the cases were recorded with CPython 3.11', () => {
  expect(cpython.python).toMatch(/^3\.11\./);
});

describe('strRepr is repr(str)', () => {
  test.each(cpython.strRepr)('%j -> %s', (input, expected) => {
    expect(strRepr(input)).toBe(expected);
  });
});

describe('floatRepr is repr(float)', () => {
  test.each(cpython.floatRepr)('%s -> %s', (input, expected) => {
    expect(floatRepr(Number(input))).toBe(expected);
  });
});

describe('jsonFloat is json.dumps(float)', () => {
  test.each(cpython.jsonFloat)('%s -> %s', (input, expected) => {
    expect(jsonFloat(Number(input))).toBe(expected);
  });
});

describe('jsonDumps is json.dumps with the defaults', () => {
  test.each(cpython.jsonDumps)('%j', (input, expected) => {
    // JSON.parse gives whole floats as JS numbers too, which jsonDumps writes as floats (2.0),
    // as json.dumps does for the recorded Python floats.
    expect(jsonDumps(input)).toBe(expected);
  });
});

describe('jsonString with ensure_ascii=False escapes only quotes, backslashes and control characters', () => {
  test.each(cpython.jsonStringUnicode)('%j -> %s', (input, expected) => {
    expect(jsonString(input, false)).toBe(expected);
  });
});
