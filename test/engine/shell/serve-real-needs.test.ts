// The simulated server starts where a real one might not: its log says what a real machine
// needs (issue 8: artifacts it can download, an environment manager), and strict mode, being
// exactly real MLflow, says nothing.
import { describe, expect, test } from 'vitest';
import { lessonSession, stderr } from './helpers.ts';

const NOTE =
  /^note: a real machine needs (.*) before this server starts \(a simulator note; real MLflow prints no such line\)$/m;

describe('mlflow models serve: what a real machine needs', () => {
  test.each([
    ['--env-manager local: nothing to add', '--env-manager local', null],
    [
      'the default env manager needs virtualenv',
      '',
      "virtualenv to build the model's environment (or --env-manager local)",
    ],
    ['conda', '--env-manager conda', "conda to build the model's environment (or --env-manager local)"],
  ])('%s', (_what, flags, needs) => {
    const r = lessonSession().run(`mlflow models serve -m models:/my-model/1 -p 1234 ${flags}`);
    const m = NOTE.exec(stderr(r));
    expect(m?.[1] ?? null).toBe(needs);
  });

  test('strict mode prints no note', () => {
    const r = lessonSession({ strict: true }).run('mlflow models serve -m models:/my-model/1 -p 1234');
    expect(stderr(r)).not.toMatch(NOTE);
  });
});
