// List items in lab stories and question text keep the lines their source wraps onto.
import { expect, test } from 'vitest';
import { renderMarkdown } from '../../src/components/quiz/markdown.ts';

test.each([
  [
    'a numbered item wrapped onto an indented line',
    '1. Put version 3 in **Staging**.\n2. Roll back: version 1 must serve\n   **Production** again.\n\nAfter.',
    '<ol><li>Put version 3 in <strong>Staging</strong>.</li><li>Roll back: version 1 must serve <strong>Production</strong> again.</li></ol>\n<p>After.</p>',
  ],
  [
    'a bullet wrapped onto an unindented line',
    '- one\ncontinued\n- two',
    '<ul><li>one continued</li><li>two</li></ul>',
  ],
  ['a list ends at a fence', '- run\n```\nx\n```', '<ul><li>run</li></ul>\n<pre><code>x</code></pre>'],
])('%s', (_name, source, html) => {
  expect(renderMarkdown(source)).toBe(html);
});
