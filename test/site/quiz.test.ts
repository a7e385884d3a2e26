import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isRight, scoreText, shuffled } from '../../src/components/quiz/grading.ts';
import { escapeHtml, renderInline, renderMarkdown } from '../../src/components/quiz/markdown.ts';

describe('grading', () => {
  test.each([
    [['b'], ['b'], true],
    [['a'], ['b'], false],
    [[], ['b'], false],
    [['a', 'c'], ['c', 'a'], true],
    [['a'], ['a', 'c'], false],
    [['a', 'b', 'c'], ['a', 'c'], false],
  ])('chose %j, key %j -> %s', (chosen, key, right) => {
    expect(isRight(chosen, key)).toBe(right);
  });

  test('the score reads N/10', () => {
    expect(scoreText(7, 10)).toBe('7/10');
  });

  test('shuffling keeps every question exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer()),
        fc.infiniteStream(fc.double({ min: 0, max: 0.999999, noNaN: true })),
        (items, stream) => {
          const it = stream[Symbol.iterator]();
          const out = shuffled(items, () => it.next().value as number);
          expect([...out].sort()).toEqual([...items].sort());
        },
      ),
    );
  });
});

describe('question markdown', () => {
  test.each([
    ['Use `transition_model_version_stage`', 'Use <code>transition_model_version_stage</code>'],
    ['**always** <b>', '<strong>always</strong> &lt;b&gt;'],
    ['an *archived* version', 'an <em>archived</em> version'],
    ['see [the docs](https://mlflow.org/docs)', 'see <a href="https://mlflow.org/docs">the docs</a>'],
    ['no [script](javascript:alert(1))', 'no [script](javascript:alert(1))'],
    ['`<b>` stays literal', '<code>&lt;b&gt;</code> stays literal'],
    ['snake_case_name stays', 'snake_case_name stays'],
  ])('%j', (md, html) => {
    expect(renderInline(md)).toBe(html);
  });

  test('blocks: paragraphs, lists and fenced code', () => {
    const html = renderMarkdown(
      'First line\ncontinues.\n\n- one\n- `two`\n\n```python\nprint("<x>")\n```\n\n1. a\n2. b',
    );
    expect(html).toBe(
      '<p>First line continues.</p>\n<ul><li>one</li><li><code>two</code></li></ul>\n<pre data-lang="python"><code>print(&quot;&lt;x&gt;&quot;)</code></pre>\n<ol><li>a</li><li>b</li></ol>',
    );
  });

  test('inline mode drops the paragraph around a one-paragraph text', () => {
    expect(renderMarkdown('Just `this`', { inline: true })).toBe('Just <code>this</code>');
  });

  test('no input can produce a raw tag (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const html = renderMarkdown(s);
        expect(html).not.toMatch(/<(?!\/?(p|ul|ol|li|pre|code|strong|em|a)[\s>])/);
      }),
    );
    expect(escapeHtml('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;');
  });
});
