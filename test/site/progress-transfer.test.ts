// Progress export and import as a learner moving to another device meets it: the file holds
// everything (lessons, labs, saved sessions), a foreign or damaged file is refused with a reason
// and changes nothing, an import says what it replaces and keeps what the file does not know,
// and a reset deletes progress but not the theme.
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_REGISTRY } from '../../src/engine/registry/types.ts';
import { EMPTY_LAB_PROGRESS, LAB_PROGRESS_KEY, countCommand, markSolved } from '../../src/stores/lab-progress.ts';
import {
  EMPTY_PROGRESS,
  PROGRESS_KEY,
  markVisited,
  recordPractice,
  recordTest,
  saveAnswer,
  startAttempt,
} from '../../src/stores/progress.ts';
import { reviewAnswer } from '../../src/stores/review.ts';
import {
  EXPORT_FORMAT,
  applyImport,
  exportFileName,
  makeExport,
  parseImport,
  planImport,
  readHoldings,
  resetAll,
  type ProgressExport,
} from '../../src/stores/progress-transfer.ts';
import { SESSION_KEY_PREFIX, type Envelope } from '../../src/stores/session-schema.ts';
import {
  describeExport,
  describePlan,
  describeReset,
  exportedWhen,
  pageName,
} from '../../src/components/site/transfer-text.ts';
import { MemoryStorage } from './memory-storage.ts';

const THEME_KEY = 'mlflow-academy:v1:theme';
const NOW = new Date('2026-11-27T00:41:00Z');
const names = {
  lessons: { 'model-stages': 'Model stages' },
  labs: { 'promote-and-retire': 'Promote version 2 and retire version 1' },
};

function session(page: string, history: string[] = ['mlflow --version']): Envelope {
  return {
    v: 1,
    lesson: page,
    savedAt: 1,
    strict: false,
    mode: 'shell',
    prompt: '$ ',
    history,
    lines: history.map((text) => ({ kind: 'input' as const, prompt: '$ ', text })),
    registry: EMPTY_REGISTRY,
    snapshot: null,
  };
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
});

function fill(s: MemoryStorage): void {
  let p = markVisited(EMPTY_PROGRESS, 'model-stages', 100);
  p = recordPractice(p, 'model-stages', 'q1', 'a', true);
  p = recordTest(p, 'model-stages', 8, 10);
  // A test attempt under way and a spaced-review card travel with the rest.
  p = saveAnswer(startAttempt(p, 'model-stages', 7, ['q2', 'q3']), 'model-stages', 'q2', 'b');
  p = reviewAnswer(p, 'aliases', 'q4', 'wrong', 100);
  s.setItem(PROGRESS_KEY, JSON.stringify(p));
  s.setItem(
    LAB_PROGRESS_KEY,
    JSON.stringify(markSolved(countCommand(EMPTY_LAB_PROGRESS, 'promote-and-retire'), 'promote-and-retire', 5)),
  );
  s.setItem(`${SESSION_KEY_PREFIX}model-stages`, JSON.stringify(session('model-stages')));
  s.setItem(`${SESSION_KEY_PREFIX}lab:promote-and-retire`, JSON.stringify(session('lab:promote-and-retire')));
  s.setItem(THEME_KEY, 'dark');
}

const exported = (s: MemoryStorage): string => JSON.stringify(makeExport(readHoldings(s), NOW));
const snapshotOf = (s: MemoryStorage): Record<string, string | null> =>
  Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').map((k) => [k, s.getItem(k)]));

describe('export', () => {
  test('the file names its format and version and holds lessons, labs and every saved session', () => {
    fill(store);
    const data = JSON.parse(exported(store)) as ProgressExport;
    expect(data).toMatchObject({
      format: 'mlflow-academy-progress',
      version: 1,
      exportedAt: '2026-11-27T00:41:00.000Z',
    });
    expect(data.progress.lessons['model-stages']?.bestScore).toBe(8);
    expect(data.labs.labs['promote-and-retire']?.solved).toBe(true);
    expect(Object.keys(data.sessions).sort()).toEqual(['lab:promote-and-retire', 'model-stages']);
    expect(JSON.stringify(data)).not.toContain('dark'); // the theme is a preference, not progress
    expect(exportFileName(NOW)).toBe('mlflow-academy-progress-2026-11-27.json');
  });

  test('an unreadable stored entry is left out and said so, the rest still exports', () => {
    fill(store);
    store.setItem(`${SESSION_KEY_PREFIX}sandbox`, '{broken');
    const holdings = readHoldings(store);
    expect(Object.keys(holdings.sessions)).not.toContain('sandbox');
    expect(describeExport(holdings, 'f.json')).toBe(
      'Exported 1 lesson, 1 lab and 2 saved terminal sessions to f.json. 1 saved entry could not be read and was left out.',
    );
  });

  test('an empty browser exports an empty but valid file', () => {
    const parsed = parseImport(exported(store));
    expect(parsed.ok && parsed.data.sessions).toEqual({});
  });
});

describe('a file that is not a good export is refused with its reason', () => {
  const good = (): Record<string, unknown> => {
    const s = new MemoryStorage();
    fill(s);
    return JSON.parse(exported(s)) as Record<string, unknown>;
  };
  const withLesson = (patch: Record<string, unknown>): string => {
    const data = good() as { progress: { lessons: Record<string, Record<string, unknown>> } };
    data.progress.lessons['model-stages'] = { ...data.progress.lessons['model-stages'], ...patch };
    return JSON.stringify(data);
  };
  test.each([
    ['not JSON', '{"format": "mlflow-academy-progress", ', 'it is not a JSON file, so it is not a progress export'],
    ['a JSON array', '[1, 2]', `it is not a progress export from this site (it has no "format": "${EXPORT_FORMAT}")`],
    ['another app’s file', '{"format": "other-app", "version": 1}', 'it is not a progress export from this site'],
    ['a bare stored progress document', JSON.stringify(EMPTY_PROGRESS), 'it is not a progress export from this site'],
    [
      'a newer version',
      JSON.stringify({ ...good(), version: 2 }),
      'it was exported by a newer version of this site (version 2); this site reads version 1',
    ],
    [
      'a version that is not a number',
      JSON.stringify({ ...good(), version: '1' }),
      'its version ("1") is not one this site reads',
    ],
    [
      'a negative test count',
      withLesson({ testAttempts: -1 }),
      'it is damaged: progress.lessons.model-stages.testAttempts:',
    ],
    ['a missing lab document', JSON.stringify({ ...good(), labs: undefined }), 'it is damaged: labs:'],
    [
      'a session filed under another page',
      JSON.stringify({ ...good(), sessions: { sandbox: session('model-stages') } }),
      'it is damaged: the saved session filed under "sandbox" belongs to "model-stages"',
    ],
    [
      'a broken registry in a session',
      JSON.stringify({ ...good(), sessions: { sandbox: { ...session('sandbox'), registry: { models: 5 } } } }),
      'it is damaged: sessions.sandbox.registry',
    ],
  ])('%s', (_what, text, reason) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  test('a file with "__proto__" page keys is refused, not read as an empty export', () => {
    for (const json of [
      '{"format":"mlflow-academy-progress","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","progress":{"v":1,"lessons":{"__proto__":{}}},"labs":{"v":1,"labs":{}},"sessions":{}}',
      '{"format":"mlflow-academy-progress","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","progress":{"v":1,"lessons":{}},"labs":{"v":1,"labs":{}},"sessions":{"__proto__":{}}}',
    ]) {
      const r = parseImport(json);
      expect(r.ok ? 'accepted' : r.reason).toMatch(
        /^it is damaged: an entry of (progress\.lessons|sessions) is named "__proto__"/,
      );
    }
  });

  test('a refused file changes nothing in storage', () => {
    fill(store);
    const before = snapshotOf(store);
    const parsed = parseImport('{"format":"mlflow-academy-progress","version":1}');
    expect(parsed.ok).toBe(false);
    expect(snapshotOf(store)).toEqual(before);
  });

  test('whatever the text, the parser answers ok or a reason and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, progress: v })),
        ),
        (text) => {
          const parsed = parseImport(text);
          expect(parsed.ok || parsed.reason.length > 0).toBe(true);
        },
      ),
    );
  });
});

describe('import', () => {
  test('export then import on a fresh browser brings everything back', () => {
    fill(store);
    const parsed = parseImport(exported(store));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const other = new MemoryStorage();
    expect(applyImport(other, parsed.data)).toEqual({ ok: true });
    expect(readHoldings(other)).toEqual(readHoldings(store));
    expect(Object.keys(readHoldings(other).progress.review ?? {})).toEqual(['aliases/q4']);
    expect(readHoldings(other).progress.lessons['model-stages']?.attempt?.answers).toEqual({ q2: 'b' });
  });

  test('lessons and labs are replaced whole; sessions in the file replace or add; sessions only here stay', () => {
    fill(store);
    const file = makeExport(
      {
        progress: markVisited(EMPTY_PROGRESS, 'other-lesson', 1),
        labs: EMPTY_LAB_PROGRESS,
        sessions: { 'model-stages': session('model-stages', ['from the file']), sandbox: session('sandbox') },
        unreadable: [],
      },
      NOW,
    );
    const plan = planImport(readHoldings(store), file);
    expect(plan).toEqual({
      lessons: { before: ['model-stages'], after: ['other-lesson'] },
      labs: { before: ['promote-and-retire'], after: [] },
      sessions: { replaced: ['model-stages'], added: ['sandbox'], kept: ['lab:promote-and-retire'] },
    });
    applyImport(store, file);
    const after = readHoldings(store);
    expect(Object.keys(after.progress.lessons)).toEqual(['other-lesson']);
    expect(after.labs).toEqual(EMPTY_LAB_PROGRESS);
    expect(after.sessions['model-stages']?.history).toEqual(['from the file']);
    expect(Object.keys(after.sessions).sort()).toEqual(['lab:promote-and-retire', 'model-stages', 'sandbox']);
    expect(store.getItem(THEME_KEY)).toBe('dark');
  });

  test('the confirmation names what is replaced, added and kept, by title', () => {
    fill(store);
    const file = makeExport(
      { progress: EMPTY_PROGRESS, labs: EMPTY_LAB_PROGRESS, sessions: { sandbox: session('sandbox') }, unreadable: [] },
      NOW,
    );
    const lines = describePlan(planImport(readHoldings(store), file), names);
    expect(lines.map((l) => l.detail)).toEqual([
      'replaced. This browser has: “Model stages”. The file has: none.',
      'replaced. This browser has: “Promote version 2 and retire version 1”. The file has: none.',
      'added: Sandbox; kept, as the file has none for them: Lab “Promote version 2 and retire version 1”, Lesson “Model stages”.',
    ]);
    expect(exportedWhen(file.exportedAt)).toBe('27 November 2026, 00:41 UTC');
  });

  test.each([
    ['sandbox', 'Sandbox'],
    ['lab:promote-and-retire', 'Lab “Promote version 2 and retire version 1”'],
    ['model-stages', 'Lesson “Model stages”'],
    ['lab:gone', 'Lab “gone”'],
  ])('a saved session of %s reads as %s', (page, words) => {
    expect(pageName(page, names)).toBe(words);
  });

  test('a browser that refuses a write mid-import gets every old value back', () => {
    fill(store);
    const before = snapshotOf(store);
    let writes = 0;
    const full = Object.assign(Object.create(store) as MemoryStorage, {
      setItem(key: string, value: string): void {
        writes += 1;
        if (writes === 2) throw new DOMException('full', 'QuotaExceededError');
        store.setItem(key, value);
      },
    });
    const file = makeExport(
      { progress: EMPTY_PROGRESS, labs: EMPTY_LAB_PROGRESS, sessions: { sandbox: session('sandbox') }, unreadable: [] },
      NOW,
    );
    const outcome = applyImport(full, file);
    expect(outcome.ok).toBe(false);
    expect(snapshotOf(store)).toEqual(before);
  });
});

describe('reset all', () => {
  test('deletes lesson and lab progress and every saved session, readable or not; the theme stays', () => {
    fill(store);
    store.setItem(`${SESSION_KEY_PREFIX}sandbox`, '{broken');
    expect(describeReset(readHoldings(store), names).map((l) => l.detail)).toEqual([
      'deleted: “Model stages”.',
      'deleted: “Promote version 2 and retire version 1”.',
      'deleted: Lab “Promote version 2 and retire version 1”, Lesson “Model stages”, and 1 unreadable saved entry.',
    ]);
    expect(resetAll(store)).toEqual({ ok: true });
    expect(snapshotOf(store)).toEqual({ [THEME_KEY]: 'dark' });
  });
});
