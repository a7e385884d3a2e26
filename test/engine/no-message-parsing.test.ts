// Errors are values with a kind and fields, formatted in one place per family; nothing decides
// behaviour by reading an error message's words (a wording fix must never change a traceback, a
// prompt or a colour). This scans every source file for the ways code reads a message.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|mjs|astro)$/.test(e.name) ? [p] : [];
  });
}

/** Ways of reading a message: its start or end, a search in it, a regex over it, a marker in it. */
const READS_MESSAGE: [string, RegExp][] = [
  ['message.startsWith / endsWith', /\bmessage\??\.(startsWith|endsWith)\(/],
  ['message.includes / indexOf / search', /\bmessage\??\.(includes|indexOf|lastIndexOf|search)\(/],
  ['message.match / matchAll', /\bmessage\??\.(match|matchAll)\(/],
  ['message.replace (stripping a prefix)', /\bmessage\??\.(replace|replaceAll)\(/],
  ['a regex tested on a message', /\.(test|exec)\(\s*[\w.?]*\bmessage\s*\)/],
  ['message.split into parts', /\bmessage\??\.split\(/],
  ['a \\u0000 marker', /\\u0000/],
];

/**
 * Where reading the words is the behaviour being simulated, with the reason. Keyed by file and
 * the exact line, so a new read elsewhere (or a changed line) fails the test.
 */
const ALLOWED: Record<string, string> = {
  // warnings.filterwarnings(message=...) is a regex over the warning's text in CPython itself.
  'engine/python/interpreter/output.ts:      if (f.message && !f.message.test(message)) continue;':
    "Python's warnings filters match the message by regex (Lib/warnings.py)",
  'engine/python/mlflow/warnings.ts:    if (f.message && !f.message.test(message)) continue;':
    "Python's warnings filters match the message by regex (Lib/warnings.py)",
  // V8's RangeError says which of its limits was hit (stack or string/array size) only in its text.
  "engine/python/costs.ts:    return /call stack/i.test(e.message) ? 'stack' : 'memory';":
    "the JS engine's own RangeError has no other field; no learner text reaches it",
  // A JS exception that is a bug: shown as one `internal error` line, never a stack.
  "engine/python/index.ts:  if (e instanceof Error) return e.message.split('\\n')[0] ?? 'unknown';":
    'formats an internal error for display; decides nothing',
  // Inline code spans are set aside while the quiz's Markdown is rendered (not an error at all).
  'components/quiz/markdown.ts:    return `\\u0000${codes.length - 1}\\u0000`;':
    'a placeholder in Markdown text, not a message',
  "components/quiz/markdown.ts:  return html.replace(/\\u0000(\\d+)\\u0000/g, (_m, i: string) => codes[Number(i)] ?? '');":
    'a placeholder in Markdown text, not a message',
  // The oracle joins a recording's two streams with a NUL-marked separator to normalise them at once.
  "oracle/normalise.ts:  const sep = '\\n\\u0000STREAM\\u0000\\n';": 'a separator in recorded output, not a message',
  // The shell tokenizer marks expanded words with a NUL so quoting rules apply to them.
  "engine/shell/tokenize.ts:export const EXPANSION = '\\u0000';": 'a tokenizer marker in command text, not a message',
};

const files = sourceFiles(SRC);
const hits = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      READS_MESSAGE.filter(([, re]) => re.test(line)).map(([what]) => ({
        key: `${relative(SRC, file)}:${line}`,
        where: `${relative(SRC, file)}:${i + 1}`,
        what,
      })),
    ),
);

describe('no behaviour is decided from message text', () => {
  test('the scan sees the sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  test.each(READS_MESSAGE)('nothing reads a message by %s', (what) => {
    const bad = hits.filter((h) => h.what === what && !(h.key in ALLOWED)).map((h) => h.where);
    expect(bad).toEqual([]);
  });

  test('every allowed read still exists (the list stays honest)', () => {
    const seen = new Set(hits.map((h) => h.key));
    expect(Object.keys(ALLOWED).filter((k) => !seen.has(k))).toEqual([]);
  });

  test.each([
    ['const x = error.message.startsWith("Failed")', 'message.startsWith / endsWith'],
    ['if (/^line \\d+/.test(err.message)) return', 'a regex tested on a message'],
    ["e.message.replace(/^line \\d+: /, '')", 'message.replace (stripping a prefix)'],
    ["const marker = '\\u0000int()';", 'a \\u0000 marker'],
  ])('the scan catches %s', (line, what) => {
    const re = READS_MESSAGE.find(([w]) => w === what)![1];
    expect(re.test(line)).toBe(true);
  });
});
