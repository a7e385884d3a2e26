// `npm run real` without an oracle: one line saying how to set it up, exit 2, never a stack.
// With one, its report: a unified diff per section, `same` where the two agree.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatSections, sections } from '../../src/oracle/side-by-side.ts';

const root = join(import.meta.dirname, '../..');

describe('npm run real', () => {
  test('without the oracle: one line, exit 2', () => {
    const r = spawnSync(process.execPath, [join(root, 'src/oracle/side-by-side.ts'), 'x.py'], {
      env: { PATH: process.env.PATH ?? '', MLFLOW_ORACLE: '/nonexistent', ORACLE_HOME: '/nonexistent' },
      encoding: 'utf8',
      cwd: '/',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^real: the real MLflow .*(MLFLOW_ORACLE|setup\.sh)/);
  });

  test('the report diffs stdout, the stderr lines that matter and the exit status', () => {
    const real = {
      stdout: "Created version '1'\n",
      stderr:
        '2026/12/02 03:13:13 WARNING mlflow.sklearn: Model was missing function: predict. Not logging python_function flavor!\n',
      exitCode: 0,
    };
    const sim = { stdout: "Created version '1'\n", stderr: '', exitCode: 1 };
    const { text, same } = formatSections(sections(real, sim));
    expect(same).toBe(false);
    expect(text).toContain('stdout: same\n');
    expect(text).toContain('stderr (warnings, last traceback line): differs\n');
    expect(text).toContain('-<date> <time> WARNING mlflow.sklearn: Model was missing function: predict.');
    expect(text).toMatch(/exit status: differs\n[\s\S]*-0\n\+1\n/);
  });
});
