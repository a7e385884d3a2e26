// Differential test against real bash: 300 random lines of words and quotes
// (fixtures/tools/differential-bash.py) split into the same words, or both fail.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/engine/shell/tokenize.ts';
import cases from './fixtures/differential-bash-cases.json' with { type: 'json' };

describe('differential: tokenizer vs bash', () => {
  test.each(cases)('$line', (c) => {
    const r = tokenize(c.line);
    if ('error' in c) {
      expect(r.ok).toBe(false);
      return;
    }
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const words = r.commands.flatMap((cmd) => cmd.words.map((w) => `[${w.text}]`)).join('');
    expect(words).toBe(c.words);
  });
});
