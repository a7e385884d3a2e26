// `mlflow server` (and its alias `mlflow ui`), mlflow/cli/__init__.py: every real option, parsed
// and checked by click as MLflow declares them (so `--help`, `--port abc` and `--dev` misuse read
// as in MLflow 3.6), but no tracking server is started: the simulator keeps its registry in the
// session. The command says what a real machine would do instead, and how to reach the registry.
import type { CommandSpec, ParamValues } from '../click/spec.ts';
import { showUsageError } from '../click/invoke.ts';
import { usageError } from '../click/errors.ts';
import type { ProgramContext } from '../program.ts';

/** The `if dev:` checks at the top of `server()` (raised as click.UsageError, exit 2). */
function devConflict(values: ParamValues): string | null {
  if (!values.dev) return null;
  if (values.gunicorn_opts) return "'--dev' and '--gunicorn-opts' cannot be specified together.";
  if (values.uvicorn_opts) return "'--dev' and '--uvicorn-opts' cannot be specified together.";
  if (values.app_name)
    return "'--dev' cannot be used with '--app-name'. Development mode with auto-reload is only supported for the default MLflow tracking server.";
  return null;
}

function runServer(ctx: ProgramContext, values: ParamValues, path: string): number {
  const conflict = devConflict(values);
  if (conflict) return showUsageError(ctx, usageError(conflict, { path, spec: SERVER_COMMAND }));
  const host = String(values.host ?? '127.0.0.1');
  const port = String(values.port ?? 5000);
  const backend = (values.backend_store_uri as string | null) ?? './mlruns';
  const registry = (values.registry_store_uri as string | null) ?? backend;
  const artifacts =
    values.serve_artifacts === false
      ? 'not proxied (--no-serve-artifacts)'
      : `proxied from ${String(values.artifacts_destination ?? './mlartifacts')}`;
  ctx.err(
    `${path}: no tracking server is started in this simulator (a simulator note; real MLflow prints its own start-up log).\n` +
      `In real MLflow this would listen on http://${host}:${port} with backend store ${backend}, registry store ${registry}, artifacts ${artifacts}, until Ctrl+C.\n` +
      'Here the registry lives in this session: use `python` and MlflowClient() for registry calls, and `mlflow models serve` to serve a model.\n',
  );
  return 1;
}

export const SERVER_COMMAND: CommandSpec = {
  kind: 'command',
  name: 'server',
  aliases: ['ui'],
  help: `
    Run the MLflow tracking server with built-in security middleware.

    The server listens on http://localhost:5000 by default and only accepts connections
    from the local machine. To let the server accept connections from other machines, you will need
    to pass \`\`--host 0.0.0.0\`\` to listen on all network interfaces
    (or a specific interface address).

    See https://mlflow.org/docs/latest/tracking/server-security.html for detailed documentation
    and guidance on security configurations for the MLflow tracking server.
    `,
  options: [
    {
      name: 'backend_store_uri',
      opts: ['--backend-store-uri'],
      metavar: 'PATH',
      envvar: 'MLFLOW_BACKEND_STORE_URI',
      help: "URI to which to persist experiment and run data. Acceptable URIs are SQLAlchemy-compatible database connection strings (e.g. 'sqlite:///path/to/file.db') or local filesystem URIs (e.g. 'file:///absolute/path/to/directory'). By default, data will be logged to the ./mlruns directory.",
    },
    {
      name: 'registry_store_uri',
      opts: ['--registry-store-uri'],
      metavar: 'URI',
      envvar: 'MLFLOW_REGISTRY_STORE_URI',
      help: "URI to which to persist registered models. Acceptable URIs are SQLAlchemy-compatible database connection strings (e.g. 'sqlite:///path/to/file.db'). If not specified, `backend-store-uri` is used.",
    },
    {
      name: 'default_artifact_root',
      opts: ['--default-artifact-root'],
      metavar: 'URI',
      envvar: 'MLFLOW_DEFAULT_ARTIFACT_ROOT',
      help: 'Directory in which to store artifacts for any new experiments created. For tracking server backends that rely on SQL, this option is required in order to store artifacts. Note that this flag does not impact already-created experiments with any previous configuration of an MLflow server instance. By default, data will be logged to the mlflow-artifacts:/ uri proxy if the --serve-artifacts option is enabled. Otherwise, the default location will be ./mlruns.',
    },
    {
      name: 'serve_artifacts',
      opts: ['--serve-artifacts'],
      secondaryOpts: ['--no-serve-artifacts'],
      isFlag: true,
      default: true,
      envvar: 'MLFLOW_SERVE_ARTIFACTS',
      help: "Enables serving of artifact uploads, downloads, and list requests by routing these requests to the storage location that is specified by '--artifacts-destination' directly through a proxy. The default location that these requests are served from is a local './mlartifacts' directory which can be overridden via the '--artifacts-destination' argument. To disable artifact serving, specify `--no-serve-artifacts`. Default: True",
    },
    {
      name: 'artifacts_only',
      opts: ['--artifacts-only'],
      isFlag: true,
      envvar: 'MLFLOW_ARTIFACTS_ONLY',
      help: 'If specified, configures the mlflow server to be used only for proxied artifact serving. With this mode enabled, functionality of the mlflow tracking service (e.g. run creation, metric logging, and parameter logging) is disabled. The server will only expose endpoints for uploading, downloading, and listing artifacts. Default: False',
    },
    {
      name: 'artifacts_destination',
      opts: ['--artifacts-destination'],
      metavar: 'URI',
      default: './mlartifacts',
      envvar: 'MLFLOW_ARTIFACTS_DESTINATION',
      help: "The base artifact location from which to resolve artifact upload/download/list requests (e.g. 's3://my-bucket'). Defaults to a local './mlartifacts' directory. This option only applies when the tracking server is configured to stream artifacts and the experiment's artifact root location is http or mlflow-artifacts URI.",
    },
    {
      name: 'host',
      opts: ['--host', '-h'],
      metavar: 'HOST',
      default: '127.0.0.1',
      envvar: 'MLFLOW_HOST',
      help: "The network interface to bind the server to (default: 127.0.0.1). This controls which network interfaces accept connections. Use '127.0.0.1' for local-only access, or '0.0.0.0' to allow connections from any network. NOTE: This is NOT a security setting - it only controls network binding. To restrict which clients can connect, use --allowed-hosts.",
    },
    {
      name: 'port',
      opts: ['--port', '-p'],
      type: { kind: 'int' },
      default: 5000,
      envvar: 'MLFLOW_PORT',
      help: 'The port to listen on (default: 5000).',
    },
    {
      name: 'workers',
      opts: ['--workers', '-w'],
      envvar: 'MLFLOW_WORKERS',
      help: 'Number of worker processes to handle requests (default: 4).',
    },
    {
      name: 'allowed_hosts',
      opts: ['--allowed-hosts'],
      envvar: 'MLFLOW_SERVER_ALLOWED_HOSTS',
      help: "Comma-separated list of allowed Host headers to prevent DNS rebinding attacks (default: localhost + private IPs). DNS rebinding allows attackers to trick your browser into accessing internal services. Examples: 'mlflow.company.com,10.0.0.100:5000'. Supports wildcards: 'mlflow.company.com,192.168.*,app-*.internal.com'. Use '*' to allow ALL hosts (not recommended for production). Default allows: localhost (all ports), private IPs (10.*, 192.168.*, 172.16-31.*). Set this when exposing MLflow beyond localhost to prevent host header attacks.",
    },
    {
      name: 'cors_allowed_origins',
      opts: ['--cors-allowed-origins'],
      envvar: 'MLFLOW_SERVER_CORS_ALLOWED_ORIGINS',
      help: "Comma-separated list of allowed CORS origins to prevent cross-site request attacks (default: localhost origins on any port). CORS attacks allow malicious websites to make requests to your MLflow server using your credentials. Examples: 'https://app.company.com,https://notebook.company.com'. Default allows: http://localhost:* (any port), http://127.0.0.1:*, http://[::1]:*. Set this when you have web applications on different domains that need to access MLflow. Use '*' to allow ALL origins (DANGEROUS - only for development!).",
    },
    {
      name: 'disable_security_middleware',
      opts: ['--disable-security-middleware'],
      isFlag: true,
      envvar: 'MLFLOW_SERVER_DISABLE_SECURITY_MIDDLEWARE',
      help: 'DANGEROUS: Disable all security middleware including CORS protection and host validation. This completely removes security protections and should only be used for testing. When disabled, your MLflow server is vulnerable to CORS attacks, DNS rebinding, and clickjacking. Instead, prefer configuring specific security settings with --cors-allowed-origins and --allowed-hosts.',
    },
    {
      name: 'x_frame_options',
      opts: ['--x-frame-options'],
      default: 'SAMEORIGIN',
      envvar: 'MLFLOW_SERVER_X_FRAME_OPTIONS',
      help: "X-Frame-Options header value for clickjacking protection. Options: 'SAMEORIGIN' (default - allows embedding only from same origin), 'DENY' (prevents all embedding), 'NONE' (disables header - allows embedding from anywhere). Set to 'NONE' if you need to embed MLflow UI in iframes from different origins.",
    },
    {
      name: 'static_prefix',
      opts: ['--static-prefix'],
      envvar: 'MLFLOW_STATIC_PREFIX',
      help: 'A prefix which will be prepended to the path of all static paths.',
    },
    {
      name: 'gunicorn_opts',
      opts: ['--gunicorn-opts'],
      envvar: 'MLFLOW_GUNICORN_OPTS',
      help: 'Additional command line options forwarded to gunicorn processes.',
    },
    { name: 'waitress_opts', opts: ['--waitress-opts'], help: 'Additional command line options for waitress-serve.' },
    {
      name: 'uvicorn_opts',
      opts: ['--uvicorn-opts'],
      envvar: 'MLFLOW_UVICORN_OPTS',
      help: 'Additional command line options forwarded to uvicorn processes (used by default).',
    },
    {
      name: 'expose_prometheus',
      opts: ['--expose-prometheus'],
      envvar: 'MLFLOW_EXPOSE_PROMETHEUS',
      help: "Path to the directory where metrics will be stored. If the directory doesn't exist, it will be created. Activate prometheus exporter to expose metrics on /metrics endpoint.",
    },
    {
      name: 'app_name',
      opts: ['--app-name'],
      type: { kind: 'choice', choices: ['basic-auth'] },
      help: "Application name to be used for the tracking server. If not specified, 'mlflow.server:app' will be used.",
    },
    {
      name: 'dev',
      opts: ['--dev'],
      isFlag: true,
      help: "If enabled, run the server with debug logging and auto-reload. Should only be used for development purposes. Cannot be used with '--gunicorn-opts' or '--uvicorn-opts'. Unsupported on Windows.",
    },
    {
      name: 'workspace_store_uri',
      opts: ['--workspace-store-uri'],
      metavar: 'URI',
      envvar: 'MLFLOW_WORKSPACE_STORE_URI',
      help: 'Workspace provider backend URI used for workspace CRUD APIs and request routing. When unspecified, defaults to the backend store URI. This only needs to be specified when using a workspace store plugin leveraging externally managed workspaces (e.g. Kubernetes namespaces).',
    },
    {
      name: 'enable_workspaces',
      opts: ['--enable-workspaces'],
      isFlag: true,
      envvar: 'MLFLOW_ENABLE_WORKSPACES',
      help: 'Enable backwards compatible workspace-aware multi-tenancy mode.',
    },
  ],
  run: runServer,
};
