// The scoring server's JSON is Python's: json.dumps output and json.loads error texts
// (mlflow/pyfunc/scoring_server/__init__.py; CPython json/encoder.py, json/decoder.py).
import { describe, expect, test } from 'vitest';
import { jsonDecodeError, jsonDumps } from '../../../src/engine/python-text/json.ts';

describe('jsonDumps (json.dumps defaults)', () => {
  test.each([
    [{ predictions: [3, 0.5] }, '{"predictions": [3.0, 0.5]}'],
    [{ predictions: [1e-7, 1e21] }, '{"predictions": [1e-07, 1e+21]}'],
    [
      { error_code: 'BAD_REQUEST', message: 'é "x"\n' },
      '{"error_code": "BAD_REQUEST", "message": "\\u00e9 \\"x\\"\\n"}',
    ],
    [[], '[]'],
  ])('%j -> %s', (value, text) => {
    expect(jsonDumps(value)).toBe(text);
  });
});

describe('jsonDecodeError (CPython 3.11 JSONDecodeError messages)', () => {
  test.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['not json', 'Expecting value: line 1 column 1 (char 0)'],
    ["{'inputs': 1}", 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['{"inputs" 1}', "Expecting ':' delimiter: line 1 column 11 (char 10)"],
    ['{"inputs": [1 2]}', "Expecting ',' delimiter: line 1 column 15 (char 14)"],
    ['{"inputs": [1],}', 'Expecting property name enclosed in double quotes: line 1 column 16 (char 15)'],
    ['{"a": 1} x', 'Extra data: line 1 column 10 (char 9)'],
    ['{"a": "x', 'Unterminated string starting at: line 1 column 7 (char 6)'],
    ['{\n"a": }', 'Expecting value: line 2 column 6 (char 7)'],
  ])('%j -> %s', (text, message) => {
    expect(jsonDecodeError(text)).toBe(message);
  });

  test.each(['{"inputs": [[1, 2]]}', ' [NaN, -Infinity] ', '"x"', '5'])('%j is valid JSON to Python', (text) => {
    expect(jsonDecodeError(text)).toBeNull();
  });
});
