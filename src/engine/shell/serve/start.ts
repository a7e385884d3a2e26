// `mlflow models serve`: resolve the model URI once, at start (a later transition does not change
// a running server, seed-errata #5), print MLflow 3.x's start-up log (facts §6.3) and leave a
// uvicorn server running as a job of the simulated terminal until Ctrl+C or `kill`.
import { getModelVersion, resolveModelUri } from '../../registry/index.ts';
import type { ParamValues } from '../click/spec.ts';
import { nextJobNumber, type ProgramContext, type ServedModel, type ServerJob } from '../program.ts';
import { CALLBACK_FRAMES, CLI_FRAMES, frame, logLine, traceback, type Frame } from '../traceback.ts';
import { resolveFrames, SERVE_FRAMES } from './resolve-frames.ts';
import { hexDigest } from './hash.ts';
import { artifactKey, estimatorOf } from '../../predict.ts';

export const PYTHON_VERSION = '3.11.7';

/** Resolve `-m` against the registry as it is now; print the traceback MLflow would on failure. */
function resolveServed(ctx: ProgramContext, uri: string): ServedModel | number {
  const looksLikeUri = /^(models|runs):/i.test(uri);
  if (!looksLikeUri) {
    // A local path: the simulator has no file system, so nothing can be there.
    ctx.err(
      traceback(
        [
          ...CLI_FRAMES,
          ...CALLBACK_FRAMES,
          SERVE_FRAMES[0] as Frame,
          frame(
            'mlflow/models/flavor_backend_registry.py',
            45,
            'get_flavor_backend',
            'local_path = artifact_repo.download_artifacts(artifact_path, dst_path=tmp.path())',
            'artifact_repo.download_artifacts(artifact_path, dst_path=tmp.path())',
          ),
          frame(
            'mlflow/store/artifact/local_artifact_repo.py',
            94,
            'download_artifacts',
            'raise OSError(f"No such file or directory: \'{local_artifact_path}\'")',
          ),
        ],
        `OSError: No such file or directory: '${uri.startsWith('/') ? uri : '/home/learner/' + uri.replace(/^\.\//, '')}'`,
      ),
    );
    return 1;
  }
  const r = resolveModelUri(ctx.env.registry, uri);
  if (!r.ok) {
    ctx.err(
      traceback(
        [...CLI_FRAMES, ...CALLBACK_FRAMES, ...resolveFrames(uri, r.error)],
        `mlflow.exceptions.MlflowException: ${r.error.message}`,
      ),
    );
    return 1;
  }
  const artifact = artifactKey(ctx.env.registry, r.value);
  const estimator = estimatorOf(ctx.env.registry, artifact);
  const loaded = estimator ? { estimator } : {};
  if (r.value.kind === 'logged-model')
    return { kind: 'logged-model', modelId: r.value.modelId, runId: r.value.runId, artifact, ...loaded };
  const mv = getModelVersion(ctx.env.registry, r.value.name, r.value.version);
  const runId = mv.ok ? mv.value.runId : null;
  const stage = mv.ok ? mv.value.currentStage : 'None';
  return { kind: 'version', name: r.value.name, version: r.value.version, runId, stage, artifact, ...loaded };
}

function describeServed(uri: string, served: ServedModel): string {
  const what =
    served.kind === 'logged-model'
      ? `logged model ${served.modelId}`
      : `version ${served.version} of registered model '${served.name}'${served.stage === 'None' ? '' : `, stage '${served.stage}'`}`;
  return `note: ${uri} resolved to ${what} at start-up (a simulator note; real MLflow prints no such line)`;
}

/**
 * What real MLflow needs before this server could start, which the simulated one does not: the
 * artifacts must be downloadable from the version's source (`s3://` needs boto3, else
 * `No module named 'botocore'`), and any env manager but `local` first builds an environment
 * (virtualenv or conda). A course note, like describeServed; null when there is nothing to say.
 */
function realMachineNeeds(ctx: ProgramContext, served: ServedModel, envManager: string): string | null {
  const source =
    served.kind === 'version' ? (ctx.env.registry.models[served.name]?.versions[served.version - 1]?.source ?? '') : '';
  const needs: string[] = [];
  if (/^s3:\/\//i.test(source)) needs.push(`boto3 to download ${source}`);
  if (envManager !== 'local') needs.push(`${envManager} to build the model's environment (or --env-manager local)`);
  if (needs.length === 0) return null;
  return `note: a real machine needs ${needs.join(' and ')} before this server starts (a simulator note; real MLflow prints no such line)`;
}

/** One tqdm bar as MLflow prints it while downloading the model's artifacts. */
function downloadBar(files: number): string {
  const bar = '\u2588'.repeat(10);
  return `Downloading artifacts: 100%|${bar}| ${files}/${files} [00:00<00:00, ${(files * 1237.5).toFixed(2)}it/s]`;
}

/** Python's shlex.quote: bare when every character is safe, else single-quoted. */
export function shlexQuote(text: string): string {
  if (text === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}

export function serve(ctx: ProgramContext, values: ParamValues): number {
  const uri = String(values['model_uri']);
  const port = values['port'] as number;
  const host = values['host'] === null || values['host'] === undefined ? '127.0.0.1' : String(values['host']);
  const workers = values['workers'] === null || values['workers'] === undefined ? '1' : String(values['workers']);
  const envManager = values['no_conda'] ? 'local' : String(values['env_manager'] ?? 'virtualenv');

  const served = resolveServed(ctx, uri);
  if (typeof served === 'number') return served;

  const pid = ctx.env.sources.ids.pid();
  const job = nextJobNumber(ctx.shell);
  if (ctx.background) ctx.err(`[${job}] ${pid}\n`, 'log');
  const now = (): number => ctx.env.sources.clock.now();
  const log = (logger: string, message: string): void => ctx.err(logLine(now(), 'INFO', logger, message) + '\n', 'log');

  // The model is downloaded twice: once to pick the flavor backend, once to serve it (§6.3).
  ctx.err(downloadBar(5) + '\n', 'log');
  log('mlflow.models.flavor_backend_registry', "Selected backend for flavor 'python_function'");
  // The simulator's addition, labelled as such like every course note: which version the URI
  // meant at start. Strict mode is exactly real MLflow, so it stays quiet there.
  if (!ctx.env.strict) ctx.err(describeServed(uri, served) + '\n', 'note');
  const needs = realMachineNeeds(ctx, served, envManager);
  if (!ctx.env.strict && needs !== null) ctx.err(needs + '\n', 'note');
  ctx.err(downloadBar(5) + '\n', 'log');

  // mlflow/pyfunc/scoring_server/__init__.py::get_cmd adds `--host` and `--port` only when they
  // are truthy (so `-p 0` leaves uvicorn on its own default, 8000) and quotes the host with
  // shlex.quote; mlflow/pyfunc/mlserver.py::get_cmd warns about the timeout click always passes.
  if (values['enable_mlserver'] && values['timeout']) {
    ctx.err(
      logLine(now(), 'WARNING', 'mlflow.pyfunc.mlserver', 'Timeout is not yet supported in MLServer.') + '\n',
      'warning',
    );
  }
  const args = [host ? `--host ${shlexQuote(host)}` : '', port ? `--port ${port}` : '', `--workers ${workers}`].filter(
    (a) => a !== '',
  );
  const server = values['enable_mlserver']
    ? `mlserver start /tmp/tmp${hexDigest(uri + pid, 8)}/model`
    : `uvicorn ${args.join(' ')} mlflow.pyfunc.scoring_server.app:app`;
  const listenHost = host || '127.0.0.1';
  const listenPort = port || 8000;
  if (envManager === 'local') {
    log('mlflow.pyfunc.backend', `=== Running command 'exec ${server}'`);
  } else {
    const key = served.kind === 'version' ? `${served.name}/${served.version}` : served.modelId;
    const envDir = `/root/.mlflow/envs/mlflow-${hexDigest(envManager + ':' + key)}`;
    const logger = envManager === 'conda' ? 'mlflow.utils.conda' : 'mlflow.utils.virtualenv';
    if (ctx.shell.envs.includes(envDir)) {
      log(logger, `Environment ${envDir} already exists`);
    } else {
      ctx.shell.envs.push(envDir);
      if (envManager === 'virtualenv') {
        log(logger, `Installing python ${PYTHON_VERSION} if it does not exist`);
        log(logger, `Creating a new environment in ${envDir} with /root/.pyenv/versions/${PYTHON_VERSION}/bin/python`);
      } else if (envManager === 'uv') {
        log(logger, `Creating a new environment in ${envDir} with python version ${PYTHON_VERSION} using uv`);
      } else {
        log(logger, `=== Creating conda environment ${envDir} ===`);
      }
      log(logger, 'Installing dependencies');
      if (values['install_mlflow']) log(logger, 'Installing mlflow into the environment');
    }
    const activate = envManager === 'conda' ? `conda activate ${envDir}` : `source ${envDir}/bin/activate`;
    log('mlflow.utils.environment', `=== Running command '['bash', '-c', '${activate} && exec ${server}']'`);
  }

  ctx.err(
    `INFO:     Started server process [${pid}]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\n`,
    'log',
  );
  const busy = ctx.shell.servers.find((s) => s.port === listenPort);
  if (busy) {
    ctx.err(
      `ERROR:    [Errno 98] error while attempting to bind on address ('${listenHost}', ${listenPort}): address already in use\n`,
    );
    ctx.err('INFO:     Waiting for application shutdown.\nINFO:     Application shutdown complete.\n', 'log');
    if (ctx.background) ctx.err(`[${job}]+  Exit 1                  ${ctx.words.join(' ')}\n`);
    return 1;
  }
  ctx.err(`INFO:     Uvicorn running on http://${listenHost}:${listenPort} (Press CTRL+C to quit)\n`, 'log');
  const entry: ServerJob = {
    job,
    pid,
    host: listenHost,
    port: listenPort,
    modelUri: uri,
    served,
    command: ctx.words.join(' '),
    foreground: !ctx.background,
  };
  ctx.shell.servers.push(entry);
  return 0;
}

/** uvicorn's graceful shutdown (Ctrl+C or SIGTERM). */
export function shutdownLines(server: ServerJob): string {
  return (
    'INFO:     Shutting down\nINFO:     Waiting for application shutdown.\n' +
    `INFO:     Application shutdown complete.\nINFO:     Finished server process [${server.pid}]\n`
  );
}
