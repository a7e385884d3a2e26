// The traceback a failed `mlflow models serve` prints: Python 3.11's layout (carets under the
// running call unless it is the whole line), click's dispatch frames, and a chain that ends
// where MLflow raises for that kind of URI (mlflow/store/artifact/utils/models.py and the store).
import { describe, expect, test } from 'vitest';
import { lessonSession, stderr } from './helpers.ts';

/** "file:function" for each frame, in order, with site-packages trimmed. */
function chain(text: string): string[] {
  return [
    ...text.matchAll(/^ {2}File "(?:\/usr\/local\/lib\/python3\.11\/site-packages\/)?([^"]+)", line \d+, in (\S+)$/gm),
  ].map((m) => `${m[1]}:${m[2]}`);
}

describe('serve tracebacks (facts §5, §6.3)', () => {
  test('Python 3.11 carets: under a call that is part of its line, none under a whole-line call or a raise', () => {
    const err = stderr(lessonSession().run('mlflow models serve -m models:/my-model/Production --env-manager local'));
    expect(err).toContain('    sys.exit(cli())\n             ^^^^^\n');
    expect(err).toContain('    return self.main(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^\n');
    expect(err).toContain(
      `    raise MlflowException(f"No versions of model with name '{name}'{stage_str} found")\nmlflow.exceptions`,
    );
  });

  test('click hands over twice (mlflow group, models group), then Command.invoke and Context.invoke reach serve', () => {
    const frames = chain(
      stderr(lessonSession().run('mlflow models serve -m models:/my-model/Production --env-manager local')),
    );
    expect(frames.slice(0, 8)).toEqual([
      '/usr/local/bin/mlflow:<module>',
      'click/core.py:__call__',
      'click/core.py:main',
      'click/core.py:invoke',
      'click/core.py:invoke',
      'click/core.py:invoke',
      'click/core.py:invoke',
      'mlflow/models/cli.py:serve',
    ]);
  });

  test.each([
    [
      'models:/my-model/Production',
      [
        'mlflow/store/artifact/utils/models.py:get_model_name_and_version',
        'mlflow/store/artifact/utils/models.py:_get_latest_model_version',
      ],
    ],
    [
      'models:/ghost/Staging',
      [
        'mlflow/store/model_registry/sqlalchemy_store.py:get_latest_versions',
        'mlflow/store/model_registry/sqlalchemy_store.py:_get_registered_model',
      ],
    ],
    [
      'models:/my-model/Prod',
      [
        'mlflow/store/model_registry/sqlalchemy_store.py:<setcomp>',
        'mlflow/entities/model_registry/model_version_stages.py:get_canonical_stage',
      ],
    ],
    [
      'models:/ghost/1',
      [
        'mlflow/tracking/client.py:_raise_if_prompt',
        'mlflow/tracking/client.py:get_registered_model',
        'mlflow/tracking/_model_registry/client.py:get_registered_model',
        'mlflow/store/model_registry/sqlalchemy_store.py:get_registered_model',
        'mlflow/store/model_registry/sqlalchemy_store.py:_get_registered_model',
      ],
    ],
    [
      'models:/my-model/9',
      [
        'mlflow/store/model_registry/sqlalchemy_store.py:_get_sql_model_version',
        'mlflow/store/model_registry/sqlalchemy_store.py:_get_model_version_from_db',
      ],
    ],
    [
      'models:/my-model@champion',
      [
        'mlflow/tracking/_model_registry/client.py:get_model_version_by_alias',
        'mlflow/store/model_registry/sqlalchemy_store.py:get_model_version_by_alias',
      ],
    ],
    [
      'models:/my-model/Stage/0',
      [
        'mlflow/store/artifact/utils/models.py:get_model_name_and_version',
        'mlflow/store/artifact/utils/models.py:_parse_model_uri',
      ],
    ],
  ])('%s ends in the function that raises', (uri, last) => {
    const frames = chain(stderr(lessonSession().run(`mlflow models serve -m ${uri} --env-manager local`)));
    expect(frames.slice(-last.length)).toEqual(last);
  });

  test('an invalid --env-manager fails inside click parameter processing, before serve runs', () => {
    const frames = chain(stderr(lessonSession().run('mlflow models serve -m models:/my-model/1 --env-manager foo')));
    expect(frames.slice(3)).toEqual([
      'click/core.py:invoke',
      'click/core.py:invoke',
      'click/core.py:make_context',
      'click/core.py:parse_args',
      'click/core.py:handle_parse_result',
      'click/core.py:process_value',
      'mlflow/utils/cli_args.py:_resolve_env_manager',
      'mlflow/utils/env_manager.py:validate',
    ]);
  });
});
