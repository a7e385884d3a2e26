// Every text colour of the design system meets WCAG AA (4.5:1) on the backgrounds it is used on,
// in both themes; the focus ring and stage rules meet 3:1 (non-text contrast). Read from
// src/styles/tokens.css itself, so a changed token is checked where it is defined.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`);
  const body = css.slice(start, css.indexOf('\n}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

const light = block(':root');
const themes = { light, dark: { ...light, ...block(":root[data-theme='dark']") } };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT: [string, string[]][] = [
  ['fg', ['bg', 'bg-soft', 'bg-raised', 'bg-code', 'bg-hover', 'warn-bg']],
  ['fg-soft', ['bg', 'bg-soft', 'bg-raised', 'bg-code', 'bg-hover']],
  ['accent', ['bg', 'bg-soft', 'bg-raised', 'accent-soft', 'bg-code']],
  ['accent-hover', ['bg', 'bg-soft']],
  ['accent-fg', ['accent', 'accent-hover']],
  ['ok', ['ok-bg', 'bg']],
  ['bad', ['bad-bg', 'bg']],
  ['stage-none', ['bg-soft', 'bg-raised']],
  ['stage-staging', ['bg-soft', 'bg-raised']],
  ['stage-production', ['bg-soft', 'bg-raised']],
  ['stage-archived', ['bg-soft', 'bg-raised']],
  ['term-fg', ['term-bg', 'term-bar']],
  ['term-strong', ['term-bg']],
  ['term-dim', ['term-bg', 'term-bar']],
  ['term-err', ['term-bg']],
  ['term-warn', ['term-bg']],
  ['term-note', ['term-bg']],
];
const NON_TEXT: [string, string[]][] = [
  ['focus', ['bg', 'bg-soft', 'bg-raised']],
  ['term-focus', ['term-bg']],
];

describe.each(Object.entries(themes))('%s theme', (_name, tokens) => {
  const pairs = (list: [string, string[]][]) => list.flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg] as const));
  test.each(pairs(TEXT))('text %s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(tokens[fg] ?? '', tokens[bg] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
  test.each(pairs(NON_TEXT))('%s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(tokens[fg] ?? '', tokens[bg] ?? '')).toBeGreaterThanOrEqual(3);
  });
});

test('the system-dark palette and the toggled dark palette are the same values', () => {
  expect(block("  :root:not([data-theme='light'])")).toEqual(block(":root[data-theme='dark']"));
});
