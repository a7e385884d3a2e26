// src/engine is pure: the same code runs in the browser, mlflow-sim, the content checker and the
// tests, so it may not reach for the DOM, React, stores, Astro, Node, or anything above it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ENGINE = join(import.meta.dirname, '../../src/engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['React', /^react(-dom)?(\/|$)/],
  ['nanostores', /^(nanostores|@nanostores\/)/],
  ['Astro', /^astro(:|\/|$)/],
  ['Monaco', /^monaco-editor/],
  ['Node built-ins', /^(node:|fs$|path$|child_process$|os$|url$|util$|crypto$)/],
  [
    'code above the engine',
    /^\.\.\/(\.\.\/)*(components|stores|pages|layouts|cli|content-check|integrations|schemas)\//,
  ],
];

const files = sourceFiles(ENGINE);
const imports = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specs.map((m) => ({ file: relative(ENGINE, file), spec: (m[1] ?? m[2])! }));
});

describe('src/engine stays pure', () => {
  test('the engine has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  test.each(FORBIDDEN)('imports nothing from %s', (_label, pattern) => {
    const bad = imports.filter(({ spec }) => pattern.test(spec)).map(({ file, spec }) => `${file}: ${spec}`);
    expect(bad).toEqual([]);
  });

  test('never evaluates learner input as JavaScript (no eval, no Function constructor)', () => {
    const bad = files.filter((f) => /\beval\s*\(|new\s+Function\s*\(/.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ENGINE, f))).toEqual([]);
  });

  test('touches no browser or Node globals (document, window, localStorage, process)', () => {
    const bad = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      return /\b(document|window|localStorage|sessionStorage|process)\s*\./.test(text) ? [relative(ENGINE, f)] : [];
    });
    expect(bad).toEqual([]);
  });
});
