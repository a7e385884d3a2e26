// src/engine is pure: the same code runs in the browser, mlflow-sim, the content checker and the
// tests, so it may not reach for browser or Node globals, nor evaluate text as JavaScript.
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

// What the engine imports is held by dependency-cruiser (.dependency-cruiser.cjs, `npm run
// lint:deps`, the `deps` stage of `npm test`). This file checks what an import graph cannot see:
// globals and evaluated code.
const files = sourceFiles(ENGINE);

describe('src/engine stays pure', () => {
  test('the engine has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
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
