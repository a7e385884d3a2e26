// Completion comes from the same command table as parsing and help.
import { describe, expect, test } from 'vitest';
import { buildScenario } from '../../../src/engine/registry/index.ts';
import { Session } from '../../../src/engine/session.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';
import { lessonSession, stdout } from './helpers.ts';

describe('complete()', () => {
  test.each([
    // transition-version stays accepted (an alias) but Tab offers only the command's own name.
    ['mlflow models tr', 14, ['transition-stage']],
    ['mlflow models transition-v', 14, []],
    // Stages complete in any letter case, to MLflow's spelling.
    ['mlflow models transition-stage --model-name my-model --version 1 --stage p', 73, ['Production']],
    ['mlflow models transition-stage --model-name my-model --version 1 --stage ARC', 73, ['Archived']],
    ['mlflow models transition-stage --model-name my-model --version 1 --stage S', 73, ['Staging']],
    ['mlflow models l', 14, ['list-versions']],
    ['mlflow mo', 7, ['models']],
    ['mlflow models serve --p', 20, ['--port']],
    [
      'mlflow models serve -',
      20,
      [
        '--model-uri',
        '-m',
        '--port',
        '-p',
        '--host',
        '-h',
        '--timeout',
        '-t',
        '--workers',
        '-w',
        '--env-manager',
        '--no-conda',
        '--install-mlflow',
        '--enable-mlserver',
        '--help',
      ],
    ],
    [
      'mlflow models transition-stage --model-name my-model --version 2 --stage ',
      73,
      ['None', 'Staging', 'Production', 'Archived'],
    ],
    ['mlflow models transition-stage --stage Pr', 39, ['Production']],
    ['mlflow models transition-stage --model-name ', 44, ['my-model']],
    ['mlflow models list-versions --model-name m', 41, ['my-model']],
    ['mlflow models transition-stage --model-name my-model --version ', 63, ['1', '2', '3']],
    ['mlflow models serve --env-manager ', 34, ['local', 'conda', 'virtualenv', 'uv']],
    ['mlflow models update-pip-requirements -m x ', 43, ['add', 'remove']],
    [
      'mlflow models serve -m models:/my-model/',
      23,
      [
        'models:/my-model/1',
        'models:/my-model/2',
        'models:/my-model/3',
        'models:/my-model/None',
        'models:/my-model/latest',
      ],
    ],
    ['echo a; ml', 8, ['mlflow']],
    ['py', 0, ['python', 'python3']],
    ['mlflow nothere ', 15, []],
  ])('%s', (line, from, candidates) => {
    expect(lessonSession().complete(line)).toEqual({ from, candidates });
  });

  test('aliases appear inside model URIs; list-versions shows them', () => {
    const sources = deterministicSources();
    const scenario = buildScenario(
      {
        name: 'aliases',
        title: 'aliases',
        models: [
          { name: 'm', versions: [{ aliases: ['champion'] }, { stage: 'Staging', aliases: ['challenger', 'next'] }] },
        ],
      },
      sources,
    );
    const s = new Session({ scenario, sources });
    expect(s.complete('mlflow models serve -m models:/m@').candidates).toEqual([
      'models:/m@challenger',
      'models:/m@champion',
      'models:/m@next',
    ]);
    expect(s.complete('mlflow models serve -m models:/m/S').candidates).toEqual(['models:/m/Staging']);
    const table = stdout(s.run('mlflow models list-versions --model-name m'));
    expect(table).toMatch(/^1 +None +[0-9a-f]{32} +champion$/m);
    expect(table).toMatch(/^2 +Staging +[0-9a-f]{32} +challenger, next$/m);
  });

  test('the cursor position limits what is completed', () => {
    expect(lessonSession().complete('mlflow models tr --model-name x', 16)).toEqual({
      from: 14,
      candidates: ['transition-stage'],
    });
  });

  test('strict mode hides the shorthand from completion', () => {
    expect(lessonSession({ strict: true }).complete('mlflow models tr').candidates).toEqual([]);
    expect(lessonSession({ strict: true }).complete('mlflow models ').candidates).not.toContain('list-versions');
  });

  test('kill completes running jobs', () => {
    const s = lessonSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    expect(s.complete('kill %').candidates).toEqual(['%1']);
  });
});
