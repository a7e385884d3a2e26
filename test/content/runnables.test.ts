// Lesson code fences -> runnable examples: the one extractor, the Sätteri plugin Astro uses, and
// the props schemas the site's components validate with.
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { readLessonSource } from '../../src/lessons/source.ts';
import { extractRunnables } from '../../src/lessons/runnables.ts';
import { runnablesMdastPlugin } from '../../src/integrations/runnables-plugin.ts';
import { parseCodeExampleProps, parseTerminalExampleProps } from '../../src/schemas/runnables.ts';

const LESSON = [
  '---',
  'title: T',
  '---',
  '',
  '## Try it',
  '',
  '```console',
  '$ mlflow models serve -h',
  "Error: Option '-h' requires an argument.",
  '```',
  '',
  '```python',
  'print("shown, not run")',
  '```',
  '',
  '```python run',
  'print("hi")',
  '```',
  '',
  '```output',
  'hi',
  '```',
  '',
  '```console norun',
  '$ mlflow server',
  '```',
  '',
].join('\n');

describe('extractRunnables', () => {
  const runnables = extractRunnables(readLessonSource(LESSON).tree, 'demo');

  test('finds console transcripts and python run blocks, in document order, with stable ids', () => {
    expect(runnables.map((r) => [r.kind, r.id, r.line])).toEqual([
      ['transcript', 'demo-1', 7],
      ['code', 'demo-2', 16],
    ]);
  });

  test('pairs a python run block with the output block after it', () => {
    expect(runnables[1]).toMatchObject({ code: 'print("hi")', expected: 'hi' });
  });

  test.each([
    [
      'a python run block without output',
      '```python run\nprint(1)\n```\n\ntext\n',
      /line 1: a ```python run block must be followed directly by an ```output block/,
    ],
    [
      'an output block on its own',
      'text\n\n```output\n1\n```\n',
      /line 3: an ```output block must come right after a ```python run block/,
    ],
    [
      'output before any input in a transcript',
      '\n```console\nhello\n$ ls\n```\n',
      /line 3: console block: output "hello" comes before any input/,
    ],
  ])('rejects %s with its line', (_name, source, message) => {
    expect(() => extractRunnables(readLessonSource(source).tree, 'demo')).toThrow(message);
  });
});

describe('runnablesMdastPlugin (Sätteri, what the Astro build runs)', () => {
  const compile = (path: string) =>
    mdxToJs(LESSON, { mdastPlugins: [runnablesMdastPlugin], fileURL: new URL(`file://${path}`) } as never).code;

  test('a lesson compiles to the two components with their props', () => {
    const js = compile('/site/content/lessons/demo.mdx');
    expect(js).toContain('_jsx(TerminalExample, {');
    expect(js).toContain('id: "demo-1"');
    expect(js).toContain('_jsx(CodeExample, {');
    expect(js).toContain('expected: "hi"');
    expect(js).not.toContain('language-output');
  });

  test('MDX outside content/lessons keeps its code blocks', () => {
    expect(compile('/site/src/pages/other.mdx')).not.toContain('TerminalExample');
  });
});

describe('component props schemas', () => {
  test('accept what the plugin produces', () => {
    expect(parseTerminalExampleProps({ id: 'demo-1', transcript: '$ ls\nfile' }).id).toBe('demo-1');
    expect(parseCodeExampleProps({ id: 'demo-2', code: 'print(1)', expected: '1' }).expected).toBe('1');
  });

  test.each([
    [
      'a missing transcript',
      () => parseTerminalExampleProps({ id: 'demo-1' }),
      '<TerminalExample>: field "transcript": expected text, found nothing (the field is missing)',
    ],
    [
      'a transcript with no input',
      () => parseTerminalExampleProps({ id: 'demo-1', transcript: 'just text' }),
      'field "transcript": expected a valid transcript (line 1: output "just text" comes before any input',
    ],
    [
      'a malformed id',
      () => parseCodeExampleProps({ id: 'Demo', code: 'x', expected: '' }),
      '<CodeExample>: field "id": expected an id like "model-stages-3", found "Demo"',
    ],
  ])('reject %s with a readable message', (_name, parse, message) => {
    expect(parse).toThrow(message);
  });
});
