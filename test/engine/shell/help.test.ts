// Every `--help` page of `mlflow` and `mlflow models` equals what click renders for the same
// declarations (fixtures/help/*.txt, rendered by real click at 80 columns; facts §6.1-6.2).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Session } from '../../../src/engine/session.ts';
import { shortHelp } from '../../../src/engine/shell/click/help.ts';

const dir = new URL('./fixtures/help/', import.meta.url);
const pages = readdirSync(dir).map((f) => ({ command: f.replace(/\.txt$/, '').replace(/_/g, ' '), file: f }));

const stdout = (r: { lines: { stream: string; text: string }[] }): string =>
  r.lines
    .filter((l) => l.stream === 'stdout')
    .map((l) => l.text)
    .join('\n') + '\n';

describe('--help pages match click', () => {
  test.each(pages)('$command --help', ({ command, file }) => {
    const r = new Session().run(`${command} --help`);
    expect(r.exitCode).toBe(0);
    expect(stdout(r)).toBe(readFileSync(new URL(file, dir), 'utf8'));
  });

  test('mlflow models --help lists the real commands with click-truncated help (facts §6.1)', () => {
    const text = stdout(new Session({ strict: true }).run('mlflow models --help'));
    expect(text).toContain('  build-docker             Builds a Docker image whose default entrypoint...\n');
    expect(text).toContain("  update-pip-requirements  Add or remove requirements from a model's...\n");
    expect(text).toContain('  serve                    Serve a model saved with MLflow by launching a...\n');
  });

  test("mlflow --help lists MLflow's real top-level commands (facts §6.1)", () => {
    const text = stdout(new Session().run('mlflow --help'));
    for (const name of [
      'run',
      'server',
      'gc',
      'doctor',
      'deployments',
      'experiments',
      'artifacts',
      'runs',
      'db',
      'traces',
      'scorers',
      'models',
      'sagemaker',
      'gateway',
    ]) {
      expect(text).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
  });

  test.each([
    [
      'Builds a Docker image whose default entrypoint serves an MLflow model at port 8080',
      49,
      'Builds a Docker image whose default entrypoint...',
    ],
    ['Deploy MLflow models locally.\n\nTo deploy a model...', 49, 'Deploy MLflow models locally.'],
    ['Short help', 49, 'Short help'],
  ])('make_default_short_help(%j, %i)', (help, limit, expected) => {
    expect(shortHelp(help, limit)).toBe(expected);
  });
});
