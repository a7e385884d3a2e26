// Options shared by several `mlflow models` commands, declared as in mlflow/utils/cli_args.py
// (facts §6.2). Help strings are MLflow's own, so `--help` reads like the real thing.
import type { OptionSpec } from '../click/spec.ts';
import { envManagerCallback } from '../serve/env-manager.ts';

const MODEL_URI_HELP =
  "URI to the model. A local path, a 'runs:/' URI, or a remote storage URI (e.g., an 's3://' URI). " +
  'For more information about supported remote URIs for model artifacts, see ' +
  'https://mlflow.org/docs/latest/tracking.html#artifact-stores';

export const MODEL_URI: OptionSpec = {
  name: 'model_uri',
  opts: ['--model-uri', '-m'],
  metavar: 'URI',
  required: true,
  help: MODEL_URI_HELP,
  complete: 'model-uri',
};

export const MODEL_URI_BUILD_DOCKER: OptionSpec = {
  ...MODEL_URI,
  required: false,
  help: '[Optional] ' + MODEL_URI_HELP,
};

export const PORT: OptionSpec = {
  name: 'port',
  opts: ['--port', '-p'],
  envvar: 'MLFLOW_PORT',
  type: { kind: 'int' },
  default: 5000,
  help: 'The port to listen on (default: 5000).',
};

export const HOST: OptionSpec = {
  name: 'host',
  opts: ['--host', '-h'],
  envvar: 'MLFLOW_HOST',
  metavar: 'HOST',
  default: '127.0.0.1',
  help:
    'The network interface to bind the server to (default: 127.0.0.1). ' +
    'This controls which network interfaces accept connections. ' +
    "Use '127.0.0.1' for local-only access, or '0.0.0.0' to allow connections from any network. " +
    'NOTE: This is NOT a security setting - it only controls network binding. ' +
    'To restrict which clients can connect, use --allowed-hosts.',
};

export const TIMEOUT: OptionSpec = {
  name: 'timeout',
  opts: ['--timeout', '-t'],
  envvar: 'MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT',
  type: { kind: 'int' },
  default: 60,
  help: 'Timeout in seconds to serve a request (default: 60).',
};

export const MODELS_WORKERS: OptionSpec = {
  name: 'workers',
  opts: ['--workers', '-w'],
  envvar: 'MLFLOW_MODELS_WORKERS',
  default: null,
  help: 'Number of uvicorn workers to handle requests when serving mlflow models (default: 1).',
};

const ENV_MANAGER_LIST = `
If specified, create an environment for MLmodel using the specified
environment manager. The following values are supported:

\b
- local: use the local environment
- virtualenv: use venv (and pyenv for Python version management)
- uv: use uv
- conda: use conda
`;

export const ENV_MANAGER: OptionSpec = {
  name: 'env_manager',
  opts: ['--env-manager'],
  default: 'virtualenv',
  help: ENV_MANAGER_LIST + '\nIf unspecified, default to virtualenv.\n',
  callback: envManagerCallback,
  complete: 'env-manager',
};

export const ENV_MANAGER_DOCKERFILE: OptionSpec = {
  ...ENV_MANAGER,
  default: null,
  help:
    ENV_MANAGER_LIST +
    `
If unspecified, default to None, then MLflow will automatically pick the env manager
based on the model's flavor configuration.
If model-uri is specified: if python version is specified in the flavor configuration
and no java installation is required, then we use local environment. Otherwise we use virtualenv.
If no model-uri is provided, we use virtualenv.
`,
};

export const NO_CONDA: OptionSpec = {
  name: 'no_conda',
  opts: ['--no-conda'],
  isFlag: true,
  help: 'If specified, use local environment.',
};

export const INSTALL_MLFLOW: OptionSpec = {
  name: 'install_mlflow',
  opts: ['--install-mlflow'],
  isFlag: true,
  default: false,
  help:
    'If specified and there is a conda, virtualenv, or uv environment to be activated ' +
    'mlflow will be installed into the environment after it has been ' +
    'activated. The version of installed mlflow will be the same as ' +
    'the one used to invoke this command.',
};

export const ENABLE_MLSERVER: OptionSpec = {
  name: 'enable_mlserver',
  opts: ['--enable-mlserver'],
  isFlag: true,
  default: false,
  help:
    'Enable serving with MLServer through the v2 inference protocol. ' +
    'You can use environment variables to configure MLServer. ' +
    '(See https://mlserver.readthedocs.io/en/latest/reference/settings.html)',
};

export const MLFLOW_HOME: OptionSpec = {
  name: 'mlflow_home',
  opts: ['--mlflow-home'],
  metavar: 'PATH',
  default: null,
  help: 'Path to local clone of MLflow project. Use for development only.',
};

export const INSTALL_JAVA: OptionSpec = {
  name: 'install_java',
  opts: ['--install-java'],
  type: { kind: 'bool' },
  flagValue: 'true',
  default: null,
  help:
    'Installs Java in the image if needed. Default is None, ' +
    'allowing MLflow to determine installation. Flavors requiring ' +
    'Java, such as Spark, enable this automatically. ' +
    'Note: This option only works with the UBUNTU base image; ' +
    'Python base images do not support Java installation.',
};
