// `mlflow-sim new ...` as an instructor runs it, from a copy of the course's content folder: the
// files it writes pass the content checker unedited, and it never overwrites or half-writes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { simulator } from '../../src/content-check/engine.ts';
import { loadContent, staticRoutes } from '../../src/content-check/load.ts';

vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));

function course(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

function scaffold(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin/mlflow-sim.mjs'), 'new', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The checker's problems in the files the scaffolds wrote (the rest of the course is not theirs). */
function problems(dir: string, written: readonly string[]): string[] {
  const report = checkContent(loadContent(join(dir, 'content'), dir), simulator, {
    routes: staticRoutes(join(root, 'src/pages')),
  });
  return report.problems.filter((p) => written.includes(p.file)).map((p) => JSON.stringify(p));
}

describe('scaffolds pass check:content unedited', () => {
  test('new lesson, new lab and new bank, for a new lesson and for the existing ones', () => {
    const dir = course();
    const steps = [
      ['lesson', 'model-tags'],
      ['lab', 'model-tags', 'tag-the-candidate'],
      ['bank', 'model-tags-extra', 'model-tags'],
      ['lab', 'aliases', 'pick-a-candidate'],
    ];
    for (const args of steps) expect(scaffold(dir, ...args).code, args.join(' ')).toBe(0);
    const written = [
      'lessons/model-tags.mdx',
      'questions/model-tags.yaml',
      'scenarios/model-tags.yaml',
      'labs/tag-the-candidate.yaml',
      'questions/model-tags-extra.yaml',
      'labs/pick-a-candidate.yaml',
    ].map((f) => `content/${f}`);
    for (const f of written) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(problems(dir, written)).toEqual([]);
  });

  test("the lesson's example output comes from the simulator, and every field is explained", () => {
    const dir = course();
    scaffold(dir, 'lesson', 'model-tags');
    const mdx = readFileSync(join(dir, 'content/lessons/model-tags.mdx'), 'utf8');
    expect(mdx).toContain("```output\nmodel-tags-model [('champion', 2)]\n```");
    for (const field of ['title', 'description', 'order', 'scenario', 'minutes', 'objectives', 'questionBank', 'test'])
      expect(mdx).toMatch(new RegExp(`# .*\\n${field}:`));
  });
});

describe('scaffolds refuse clearly and write nothing', () => {
  test.each([
    [['lesson'], /'new lesson' needs a NAME/],
    [['lesson', 'Model_Tags'], /'Model_Tags' is not a content name/],
    [
      ['lesson', 'aliases'],
      /content\/lessons\/aliases\.mdx, content\/questions\/aliases\.yaml already exist: nothing written/,
    ],
    [['lab', 'no-such-lesson', 'x'], /no lesson 'no-such-lesson'/],
    [['bank', 'stages-extra', 'model-stages'], /lesson 'model-stages' has a test, and a new bank has no test pool yet/],
    [['quiz', 'x'], /cannot scaffold 'quiz'/],
  ])('new %j', (args, message) => {
    const dir = course();
    const r = scaffold(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'content/scenarios/aliases.yaml'))).toBe(false);
  });

  test('outside a course folder it says where to run it', () => {
    const r = scaffold(mkdtempSync(join(tmpdir(), 'empty-')), 'lesson', 'x');
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringMatching(/no content\/lessons folder in .*: run it from the course's root folder/),
    ]);
  });
});
