// `--env-manager` is click.UNPROCESSED with a callback (mlflow/utils/cli_args.py
// `_resolve_env_manager`): an invalid value is not a click usage error but an MlflowException
// raised while click processes parameters, so the learner sees a traceback and exit 1 (facts §6.2).
import type { ProgramContext } from '../program.ts';
import { CLI_FRAMES, PARAM_CALLBACK_FRAMES, traceback } from '../traceback.ts';

export const ENV_MANAGERS = ['local', 'conda', 'virtualenv', 'uv'] as const;

export function envManagerCallback(ctx: ProgramContext, value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  if (!(ENV_MANAGERS as readonly string[]).includes(text)) {
    ctx.err(
      traceback(
        [
          ...CLI_FRAMES,
          ...PARAM_CALLBACK_FRAMES,
          {
            file: 'mlflow/utils/cli_args.py',
            line: 65,
            fn: '_resolve_env_manager',
            code: '_EnvManager.validate(env_manager)',
          },
          { file: 'mlflow/utils/env_manager.py', line: 13, fn: 'validate', code: 'raise MlflowException(' },
        ],
        `mlflow.exceptions.MlflowException: Invalid value for \`env_manager\`: ${text}. Must be one of ['local', 'conda', 'virtualenv', 'uv']`,
      ),
    );
    return 1;
  }
  if (text === 'conda') {
    // A UserWarning (warnings.warn, stacklevel=2), printed and then serving carries on.
    ctx.err(
      `${'/usr/local/lib/python3.11/site-packages'}/click/core.py:2355: UserWarning: Use of conda is discouraged. ` +
        "If you use it, please ensure that your use of conda complies with Anaconda's terms of service " +
        '(https://legal.anaconda.com/policies/en/?name=terms-of-service). virtualenv is the recommended tool ' +
        'for environment reproducibility. To suppress this warning, set the MLFLOW_DISABLE_ENV_MANAGER_CONDA_WARNING ' +
        "environment variable to 'TRUE'.\n  value = self.callback(ctx, self, value)\n",
    );
  }
  return undefined;
}
