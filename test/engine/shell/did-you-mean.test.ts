// "Did you mean" must pick what click picks: click calls difflib.get_close_matches (facts §7).
// Cases were produced by CPython's difflib (fixtures/tools/generate-python-cases.py).
import { describe, expect, test } from 'vitest';
import { closeMatches, similarity } from '../../../src/engine/shell/did-you-mean.ts';
import cases from './fixtures/difflib-cases.json' with { type: 'json' };

describe('difflib.get_close_matches port', () => {
  test.each(cases.closeMatches)('$word among $possibilities.0.. -> $expected', ({ word, possibilities, expected }) => {
    expect(closeMatches(word, possibilities)).toEqual(expected);
  });

  test.each(cases.ratios)('ratio($a, $b)', ({ a, b, ratio }) => {
    expect(similarity(a, b)).toBeCloseTo(ratio, 12);
  });

  // facts §7: the three rows of the table that depend on suggestions.
  const serveOptions = [
    '--model-uri',
    '--port',
    '--host',
    '--timeout',
    '--workers',
    '--env-manager',
    '--no-conda',
    '--install-mlflow',
    '--enable-mlserver',
    '--help',
  ];
  test.each([
    ['--to-stage', ['--host']],
    ['--por', ['--port']],
    ['--prot', ['--port', '--host']],
  ])('serve: %s -> %j (facts §7)', (word, expected) => {
    expect(closeMatches(word, serveOptions)).toEqual(expected);
  });

  test('n and cutoff are honoured', () => {
    expect(closeMatches('abcd', ['abce', 'abcf', 'abcg', 'abch'], 2)).toEqual(['abch', 'abcg']);
    expect(closeMatches('abcd', ['wxyz'])).toEqual([]);
  });
});
