// The top-level `mlflow` group (mlflow/cli/__init__.py, facts §6.1): MLflow's real command list,
// so `mlflow --help` looks like the real one. Only `mlflow models` is simulated; the others parse
// `--help` and otherwise say that the simulator covers the model registry and `mlflow models`.
import type { AnySpec, CommandSpec, GroupSpec } from '../click/spec.ts';
import type { ProgramContext } from '../program.ts';
import { MODELS_GROUP } from './models.ts';
import { SERVER_COMMAND } from './server.ts';

export const MLFLOW_VERSION = '3.6.0';

function notSimulated(ctx: ProgramContext, _values: unknown, path: string): number {
  ctx.err(`${path}: not simulated here. This simulator covers the model registry and \`mlflow models\` only.\n`);
  ctx.err('Try `mlflow models --help`, or use the Python client (`python`) for registry operations.\n');
  return 1;
}

/** A real MLflow command the simulator lists but does not run; it takes any arguments. */
function stub(kind: 'command' | 'group', name: string, help: string, shortHelp?: string, aliases?: string[]): AnySpec {
  const base = {
    name,
    help,
    options: [],
    notSimulated,
    ...(shortHelp ? { shortHelp } : {}),
    ...(aliases ? { aliases } : {}),
  };
  if (kind === 'group') {
    // No subcommands declared: any subcommand lands in the not-simulated message.
    return { ...base, kind: 'group', commands: [] };
  }
  const command: CommandSpec = {
    ...base,
    kind: 'command',
    run: notSimulated,
  };
  return command;
}

export const ROOT: GroupSpec = {
  kind: 'group',
  name: 'mlflow',
  help: '',
  version: MLFLOW_VERSION,
  options: [
    { name: 'version', opts: ['--version'], isFlag: true, eager: true, help: 'Show the version and exit.' },
    {
      name: 'env_file',
      opts: ['--env-file'],
      metavar: 'PATH',
      help: "Load environment variables from a dotenv file before executing the command. Variables in the file will be loaded but won't override existing environment variables.",
    },
  ],
  commands: [
    stub('group', 'ai-commands', 'Manage MLflow AI commands for LLMs.'),
    stub(
      'group',
      'artifacts',
      'Upload, list, and download artifacts from an MLflow artifact repository.\n\nTo manage artifacts for a run associated with a tracking server, set the MLFLOW_TRACKING_URI environment variable to the URL of the desired server.',
    ),
    stub('group', 'autolog', 'Commands for autologging with MLflow.'),
    stub('group', 'db', 'Commands for managing an MLflow tracking database.'),
    stub(
      'group',
      'deployments',
      'Deploy MLflow models to custom targets. Support is currently installed for deployment to: databricks, http, https, openai',
    ),
    stub('command', 'doctor', '', 'Prints out useful information for debugging issues with MLflow.'),
    stub(
      'group',
      'experiments',
      'Manage experiments. To manage experiments associated with a tracking server, set the MLFLOW_TRACKING_URI environment variable to the URL of the desired server.',
    ),
    stub('command', 'gc', '', 'Permanently delete runs in the `deleted` lifecycle stage.'),
    stub('group', 'gateway', 'Manage the MLflow Gateway service'),
    stub('group', 'mcp', 'Command group for MLflow MCP server.'),
    MODELS_GROUP,
    stub(
      'command',
      'run',
      'Run an MLflow project from the given URI.\n\nFor local runs, the run will block until it completes. Otherwise, the project will run asynchronously.',
    ),
    stub(
      'group',
      'runs',
      'Manage runs. To manage runs of experiments associated with a tracking server, set the MLFLOW_TRACKING_URI environment variable to the URL of the desired server.',
    ),
    stub(
      'group',
      'sagemaker',
      'Serve models on SageMaker.\n\nTo serve a model associated with a run on a tracking server, set the MLFLOW_TRACKING_URI environment variable to the URL of the desired server.',
    ),
    stub(
      'group',
      'scorers',
      'Manage scorers, including LLM judges. To manage scorers associated with a tracking server, set the MLFLOW_TRACKING_URI environment variable to the URL of the desired server.',
    ),
    SERVER_COMMAND,
    stub(
      'group',
      'traces',
      'Manage traces. To manage traces associated with a tracking server, set the MLFLOW_TRACKING_URI environment variable to the URL of the desired server.',
    ),
  ],
};
