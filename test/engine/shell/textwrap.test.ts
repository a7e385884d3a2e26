// Help pages break lines where click breaks them. Cases from click._textwrap.TextWrapper
// (fixtures/tools/generate-python-cases.py).
import { describe, expect, test } from 'vitest';
import { cleandoc, wrapLines, wrapText } from '../../../src/engine/shell/click/textwrap.ts';
import cases from './fixtures/textwrap-cases.json' with { type: 'json' };

describe('click text wrapping', () => {
  test.each(cases)('width $width: $text', ({ text, width, lines }) => {
    expect(wrapLines(text, width)).toEqual(lines);
  });

  test('a \\b paragraph is kept as written; others are rewrapped with their indent', () => {
    const text =
      'first paragraph is long enough to wrap here\n\n\b\n- keep   this\n- and this\n\n    indented one wraps too';
    expect(wrapText(text, 20, '  ', '  ').split('\n')).toEqual([
      '  first paragraph is',
      '  long enough to',
      '  wrap here',
      '',
      '  - keep   this',
      '  - and this',
      '',
      '      indented one',
      '      wraps too',
    ]);
  });

  test('cleandoc removes the common indent and blank edges like inspect.cleandoc', () => {
    expect(cleandoc('\n    Deploy.\n\n      More.\n    ')).toBe('Deploy.\n\n  More.');
  });
});
