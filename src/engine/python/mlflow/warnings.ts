// What MLflow prints besides return values: stage-API FutureWarnings, logger lines and `eprint`.
import type { CallSite, NativeContext } from '../native.ts';
import { newException } from '../errors.ts';
import { PyRaise } from '../values.ts';
import type { PyClass, PyValue } from '../values.ts';
import { FutureWarning } from '../classes.ts';

/** `_STAGES_DEPRECATION_WARNING` in mlflow/tracking/client.py (3.x text since #12403, facts §4). */
export const STAGES_DEPRECATION =
  'Model registry stages will be removed in a future major release. To learn more about the ' +
  'deprecation of model registry stages, see our migration guide here: https://mlflow.org/docs/' +
  'latest/model-registry.html#migrating-from-stages';

/** The notice `@deprecated(since="2.9.0", impact=...)` builds (mlflow/utils/annotations.py). */
export function deprecatedNotice(method: string): string {
  return `\`\`mlflow.tracking.client.MlflowClient.${method}\`\` is deprecated since 2.9.0. ${STAGES_DEPRECATION}`;
}

/**
 * The `@deprecated` wrapper's `warnings.warn(notice, FutureWarning, stacklevel=2)`: it runs before
 * the wrapped method binds its arguments, so even a call that then fails warns (facts §4).
 */
export function warnDeprecatedStageApi(ctx: NativeContext, method: string): void {
  ctx.warn(FutureWarning, deprecatedNotice(method));
}

/** `set_model_version_tag(stage=...)` / `delete_model_version_tag(stage=...)`'s own warning (§2.5). */
export function warnStageParameter(
  ctx: NativeContext,
  method: 'set_model_version_tag' | 'delete_model_version_tag',
): void {
  ctx.warn(FutureWarning, `The \`stage\` parameter of the \`${method}\` API is deprecated. ${STAGES_DEPRECATION}`);
}

/**
 * Inside `set/delete_model_version_tag(stage=...)`, MLflow itself calls the deprecated
 * `self.get_latest_versions(...)`, so Python attributes that second warning to MLflow's own file
 * (stacklevel=2 from the wrapper). The text, source line and line numbers are MLflow 3.6.1.dev0's
 * (recorded: test/python/cases/mlflow/tag-by-stage); the install path is pip's. Once per line, like
 * Python's default filter.
 */
const CLIENT_PY = '/usr/local/lib/python3.11/site-packages/mlflow/tracking/client.py';
const INNER_GET_LATEST_LINE: Record<'set_model_version_tag' | 'delete_model_version_tag', number> = {
  set_model_version_tag: 5147,
  delete_model_version_tag: 5242,
};
export function warnInnerGetLatestVersions(
  ctx: NativeContext,
  seen: Set<string>,
  method: 'set_model_version_tag' | 'delete_model_version_tag',
): void {
  const line = INNER_GET_LATEST_LINE[method];
  const message = deprecatedNotice('get_latest_versions');
  const w = ctx as unknown as WarningMachinery;
  // warnings.warn_explicit at MLflow's own line: the filters decide, then a recorder
  // (catch_warnings(record=True)) takes it, or it is printed.
  const action = filterAction(w, message);
  if (action === 'ignore') return;
  if (action === 'error') throw new PyRaise(newException(FutureWarning, [message]));
  const key = action === 'once' ? message : `${CLIENT_PY}:${line}`;
  if (action !== 'always') {
    if (seen.has(key)) return;
    seen.add(key);
  }
  const source = 'latest_versions = self.get_latest_versions(name, stages=[stage])';
  const recorder = Array.isArray(w.warningRecorders) ? w.warningRecorders[w.warningRecorders.length - 1] : undefined;
  if (recorder && typeof w.warningMessage === 'function') {
    recorder.items.push(w.warningMessage(FutureWarning, message, { filename: CLIENT_PY, line, sourceLine: source }));
    return;
  }
  ctx.write('stderr', `${CLIENT_PY}:${line}: FutureWarning: ${message}\n  ${source}\n`, 'warning');
}

/** The interpreter's warning state (../interpreter.ts), read defensively: not part of NativeContext. */
interface WarningMachinery {
  readonly warningFilters?: readonly WarningFilterLike[];
  readonly warningRecorders?: readonly { items: PyValue[] }[];
  readonly warningMessage?: (category: PyClass, message: string, site: CallSite) => PyValue;
}

function filterAction(w: WarningMachinery, message: string): string {
  for (const f of Array.isArray(w.warningFilters) ? w.warningFilters : []) {
    if (!FutureWarning.isSubclassOf(f.category)) continue;
    if (f.message && !f.message.test(message)) continue;
    return f.action;
  }
  return 'default';
}

/** `eprint` (mlflow/utils/logging_utils.py): a plain line on stderr. */
export function eprint(ctx: NativeContext, text: string): void {
  ctx.write('stderr', text + '\n', 'log');
}

/**
 * A line from MLflow's logger: `"%(asctime)s %(levelname)s %(name)s: %(message)s"` with datefmt
 * `%Y/%m/%d %H:%M:%S` (mlflow/utils/logging_utils.py), timed by the session clock in UTC.
 */
export function logLine(ctx: NativeContext, level: 'INFO' | 'WARNING', logger: string, message: string): void {
  ctx.write(
    'stderr',
    `${logTime(ctx.env.sources.clock.now())} ${level} ${logger}: ${message}\n`,
    level === 'WARNING' ? 'warning' : 'log',
  );
}

export function logTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** One entry of the interpreter's `warnings.filters` (see ../interpreter.ts). */
interface WarningFilterLike {
  readonly action: string;
  readonly category: PyClass;
  readonly message: RegExp | null;
}
