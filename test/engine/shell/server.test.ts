// `mlflow server` / `mlflow ui` parse MLflow 3.6's real options: usage errors equal the real CLI's
// (fixtures/server/usage-errors.json, recorded with /work/shared/oracle/cli.sh, click 8.3.1), and
// a valid command line says, instead of starting a server, what a real machine would do.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Session } from '../../../src/engine/session.ts';

interface Recorded {
  readonly args: string;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const cases = JSON.parse(
  readFileSync(new URL('./fixtures/server/usage-errors.json', import.meta.url), 'utf8'),
) as Recorded[];

const text = (r: { lines: { stream: string; text: string }[] }, stream: string): string => {
  const lines = r.lines.filter((l) => l.stream === stream).map((l) => l.text);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
};

describe('mlflow server options', () => {
  test.each(cases)('mlflow $args', ({ args, exitCode, stdout, stderr }) => {
    const r = new Session({ strict: true }).run(`mlflow ${args}`);
    expect({ exitCode: r.exitCode, stdout: text(r, 'stdout'), stderr: text(r, 'stderr') }).toEqual({
      exitCode,
      stdout,
      stderr,
    });
  });

  test.each([
    [
      'mlflow server',
      'http://127.0.0.1:5000 with backend store ./mlruns, registry store ./mlruns, artifacts proxied from ./mlartifacts',
    ],
    [
      'mlflow ui -h 0.0.0.0 -p 8080 --backend-store-uri sqlite:///mlflow.db --no-serve-artifacts',
      'http://0.0.0.0:8080 with backend store sqlite:///mlflow.db, registry store sqlite:///mlflow.db, artifacts not proxied (--no-serve-artifacts)',
    ],
    ['MLFLOW_PORT=7000 mlflow server', 'http://127.0.0.1:7000 with backend store ./mlruns'],
  ])('%s says what a real server would do, and starts nothing', (line, expected) => {
    const s = new Session();
    const r = s.run(line);
    expect(r.exitCode).toBe(1);
    expect(text(r, 'stderr')).toContain(`In real MLflow this would listen on ${expected}`);
    expect(s.run('jobs').lines).toEqual([]);
  });
});
