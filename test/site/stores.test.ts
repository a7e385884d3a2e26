import { beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod/mini';
import { EMPTY_REGISTRY } from '../../src/engine/registry/types.ts';
import type { RegistryState } from '../../src/engine/registry/types.ts';
import { decode } from '../../src/stores/storage.ts';
import {
  EMPTY_PROGRESS,
  PROGRESS_KEY,
  lessonOf,
  markExampleMatched,
  markVisited,
  recordPractice,
  recordTest,
  updateProgress,
} from '../../src/stores/progress.ts';
import {
  $history,
  $lines,
  $notice,
  $registry,
  CORRUPT_NOTICE,
  _resetForTests,
  configureSession,
  storageKey,
  transcriptText,
} from '../../src/stores/session.ts';
import { installMemoryStorage } from './memory-storage.ts';

const storage = installMemoryStorage();

const scenario: RegistryState = {
  ...EMPTY_REGISTRY,
  models: {
    'my-model': {
      name: 'my-model',
      creationTimestamp: 1,
      lastUpdatedTimestamp: 1,
      description: null,
      tags: {},
      aliases: {},
      versions: [],
    },
  },
};

beforeEach(() => {
  storage.clear();
  _resetForTests();
});

describe('validated storage', () => {
  const schema = z.object({ v: z.literal(1), n: z.number() });
  test.each([
    [null, 'empty'],
    ['{"v":1,"n":2}', 'ok'],
    ['{"v":1,"n":', 'corrupt'],
    ['{"v":2,"n":2}', 'corrupt'],
    ['"just a string"', 'corrupt'],
  ])('%j is %s', (raw, status) => {
    expect(decode(raw, schema).status).toBe(status);
  });
});

describe('the lesson session store restores or starts fresh', () => {
  test('nothing stored: the board shows the lesson scenario, no notice', () => {
    configureSession('model-stages', scenario);
    expect($registry.get()).toBe(scenario);
    expect($notice.get()).toBeNull();
  });

  test.each([
    ['not JSON', '{"v":1,'],
    ['another version of the site', JSON.stringify({ v: 2, lesson: 'model-stages' })],
    [
      'a broken registry',
      JSON.stringify({
        v: 1,
        lesson: 'model-stages',
        savedAt: 1,
        strict: false,
        mode: 'shell',
        prompt: '$ ',
        history: [],
        lines: [],
        registry: { models: 5 },
        snapshot: null,
      }),
    ],
  ])('corrupted data (%s) gives a fresh start with a visible notice', (_why, raw) => {
    storage.setItem(storageKey('model-stages'), raw);
    configureSession('model-stages', scenario);
    expect($notice.get()).toBe(CORRUPT_NOTICE);
    expect($registry.get()).toBe(scenario);
    expect($lines.get()).toEqual([{ kind: 'info', text: CORRUPT_NOTICE }]);
    // The unreadable copy is dropped, so the next visit starts clean without the notice.
    expect(storage.getItem(storageKey('model-stages'))).toBeNull();
  });

  test('a valid stored session is adopted: registry, screen and history', () => {
    const stored: RegistryState = { ...scenario, models: {} };
    storage.setItem(
      storageKey('model-stages'),
      JSON.stringify({
        v: 1,
        lesson: 'model-stages',
        savedAt: 1,
        strict: true,
        mode: 'shell',
        prompt: '$ ',
        history: ['mlflow --version'],
        lines: [
          { kind: 'input', prompt: '$ ', text: 'mlflow --version' },
          { kind: 'stdout', text: 'mlflow, version 3.6.0' },
        ],
        registry: stored,
        snapshot: null,
      }),
    );
    configureSession('model-stages', scenario);
    expect($registry.get()).toEqual(stored);
    expect($history.get()).toEqual(['mlflow --version']);
    expect($notice.get()).toBeNull();
  });

  test('each lesson has its own versioned key', () => {
    expect(storageKey('model-stages')).toBe('mlflow-academy:v1:session:model-stages');
  });
});

describe('copy as transcript', () => {
  test('inputs get their prompts, notes are left out, only the last N commands', () => {
    const lines = [
      { kind: 'info' as const, text: 'Session reset' },
      { kind: 'input' as const, prompt: '$ ', text: 'mlflow models serve -h' },
      { kind: 'stderr' as const, text: "Error: Option '-h' requires an argument." },
      { kind: 'input' as const, prompt: '$ ', text: 'python' },
      { kind: 'input' as const, prompt: '>>> ', text: '1 + 1' },
      { kind: 'stdout' as const, text: '2' },
    ];
    expect(transcriptText(lines)).toBe(
      "$ mlflow models serve -h\nError: Option '-h' requires an argument.\n$ python\n>>> 1 + 1\n2",
    );
    expect(transcriptText(lines, 1)).toBe('>>> 1 + 1\n2');
  });
});

describe('progress', () => {
  test('visits, matched examples (once each), practice answers and test attempts accumulate', () => {
    let p = markVisited(EMPTY_PROGRESS, 'model-stages', 100);
    p = markExampleMatched(p, 'model-stages', 'model-stages-1');
    p = markExampleMatched(p, 'model-stages', 'model-stages-1');
    p = recordPractice(p, 'model-stages', 'q1', 'b', false);
    p = recordPractice(p, 'model-stages', 'q1', 'a', true);
    p = recordTest(p, 'model-stages', 6, 10);
    p = recordTest(p, 'model-stages', 9, 10);
    p = recordTest(p, 'model-stages', 7, 10);
    const l = lessonOf(p, 'model-stages');
    expect(l).toMatchObject({
      visited: true,
      lastVisited: 100,
      examplesMatched: ['model-stages-1'],
      testAttempts: 3,
      bestScore: 9,
      lastScore: 7,
    });
    expect(l.practice).toEqual({ q1: { option: 'a', correct: true } });
  });

  test('an update builds on what another tab stored since (last write wins per key)', () => {
    storage.setItem(PROGRESS_KEY, JSON.stringify(recordTest(EMPTY_PROGRESS, 'model-stages', 8, 10)));
    const next = updateProgress((p) => markVisited(p, 'other-lesson', 5));
    expect(lessonOf(next, 'model-stages').bestScore).toBe(8);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}')).toEqual(next);
  });

  test('corrupt stored progress is replaced, not crashed on', () => {
    storage.setItem(PROGRESS_KEY, '{oops');
    const next = updateProgress((p) => markVisited(p, 'model-stages', 1));
    expect(lessonOf(next, 'model-stages').visited).toBe(true);
  });
});
