// checkPython: the editor's syntax markers, with CPython's messages and 1-based positions.
import { describe, expect, test } from 'vitest';
import { checkPython } from '../../src/engine/python/index.ts';

describe('checkPython', () => {
  test.each([
    ['print("ok")\n'],
    ['def f(x, *args, key=None, **kw):\n    return [y for y in args if y]\n'],
    ['class A(Exception):\n    pass\n'],
    ['x = {"a": [1, (2, 3)], **{}}\n'],
    ['with open_thing() as t, other():\n    pass\n'],
    [''],
    ['# only a comment\n'],
  ])('valid code has no markers: %j', (source) => {
    expect(checkPython(source)).toEqual([]);
  });

  test.each([
    // [source, line, column, endColumn, message]  (facts: CPython 3.11's wording)
    ['if x\n    pass\n', 1, 5, 6, "SyntaxError: expected ':'"],
    ['x = (1,\n', 1, 5, 6, "SyntaxError: '(' was never closed"],
    ['x = [1)\n', 1, 7, 8, "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['"],
    ['x = 1)\n', 1, 6, 7, "SyntaxError: unmatched ')'"],
    ['x = = 1\n', 1, 5, 6, 'SyntaxError: invalid syntax'],
    ['x = 1\n  y = 2\n', 2, 3, 4, 'IndentationError: unexpected indent'],
    [
      'def f():\nreturn 1\n',
      2,
      1,
      2,
      'IndentationError: expected an indented block after function definition on line 1',
    ],
    ['name = "abc\n', 1, 8, 9, 'SyntaxError: unterminated string literal (detected at line 1)'],
    ['print "hi"\n', 1, 1, 11, "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"],
    ['f() = 1\n', 1, 1, 4, "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"],
    ['for i in range(3):\n    pass\nbreak\n', 3, 1, 6, "SyntaxError: 'break' outside loop"],
  ])('%j gets a marker', (source, line, column, endColumn, message) => {
    expect(checkPython(source)).toEqual([{ line, column, endLine: line, endColumn, message }]);
  });
});
