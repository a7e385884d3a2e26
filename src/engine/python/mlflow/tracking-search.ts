// `search_runs` (MlflowClient and fluent) and the 3.x LoggedModel reads (`mlflow.get_logged_model`,
// `mlflow.last_logged_model`, `mlflow.search_logged_models`, `MlflowClient.get_logged_model`,
// `MlflowClient.search_logged_models`). Searching is src/engine/registry/run-search.ts; the
// LoggedModel entity is ./logged-model.ts.
//
// The simulator has no pandas: `mlflow.search_runs()` and `mlflow.search_logged_models()` return
// a DataFrame by default in MLflow, so here the default raises NotImplementedError naming the
// exact alternative, `output_format="list"`, which returns what MLflow returns.
import { nativeFunction } from '../native.ts';
import type { NativeContext, NativeMethodSpec } from '../native.ts';
import { NotImplementedError, ValueError } from '../classes.ts';
import { pyError } from '../errors.ts';
import { PyList } from '../values.ts';
import type { PyNativeFunction, PyValue } from '../values.ts';
import { searchRuns } from '../../registry/run-search.ts';
import { experimentsOf } from './experiments.ts';
import { intArg, optionalText, run, stringListArg } from './convert.ts';
import { pagedList } from './entities.ts';
import { raiseMlflow } from './exceptions.ts';
import { runObject } from './runs.ts';
import type { MlflowSession } from './session.ts';
import { loggedModelObject, lastLoggedModelId } from './logged-model.ts';

function listArg(v: PyValue | undefined, ctx: NativeContext): string[] | null {
  const list = stringListArg(v, ctx);
  if (list === null) return null;
  return typeof list === 'string' ? [list] : list;
}

const noPandas = (fn: string): never => {
  throw pyError(
    NotImplementedError,
    `${fn}() returns a pandas DataFrame by default, and this simulator has no pandas; pass output_format="list" to get the list MLflow returns`,
  );
};

function runs(session: MlflowSession, ctx: NativeContext, experimentIds: string[], a: Record<string, PyValue>) {
  return run(
    session.env,
    searchRuns(session.env.registry, {
      experimentIds,
      filterString: optionalText(a.filter_string, ctx),
      orderBy: listArg(a.order_by, ctx),
      hidden: session.holderRuns,
    }),
  );
}

/** `MlflowClient.search_runs(experiment_ids, ...)`: a PagedList of Run (default 1000 a page). */
export function clientSearchRuns(session: MlflowSession): NativeMethodSpec {
  return {
    sig: 'self, experiment_ids, filter_string="", run_view_type=1, max_results=1000, order_by=None, page_token=None',
    impl: (a, ctx) => {
      const ids = listArg(a.experiment_ids, ctx) ?? [];
      const all = runs(session, ctx, ids, a);
      const max = intArg(a.max_results) ?? 1000;
      const start = typeof a.page_token === 'string' ? Number(/"offset": (\d+)/.exec(atob(a.page_token))?.[1] ?? 0) : 0;
      // SqlAlchemyStore.compute_next_token: a full page always gets a token (MLflow's is bytes).
      const next = all.slice(start, start + max).length === max ? btoa(`{"offset": ${start + max}}`) : null;
      return pagedList(all.slice(start, start + max).map(runObject), next);
    },
  };
}

/**
 * Fluent `mlflow.search_runs`: the active experiment unless ids or names are given
 * (`experiment_names` unknown are skipped, as MLflow does), every page fetched.
 */
export function fluentSearchRuns(session: MlflowSession): PyNativeFunction {
  return nativeFunction(
    'search_runs',
    'experiment_ids=None, filter_string="", run_view_type=1, max_results=100000, order_by=None, output_format="pandas", search_all_experiments=False, experiment_names=None',
    (a, ctx) => {
      const format = optionalText(a.output_format, ctx);
      if (format !== 'list' && format !== 'pandas')
        throw pyError(
          ValueError,
          `Unsupported output format: ${format}. Supported string values are 'pandas' or 'list'`,
        );
      const experiments = experimentsOf(session.env);
      let ids = listArg(a.experiment_ids, ctx);
      const names = listArg(a.experiment_names, ctx);
      if (names !== null)
        ids = [...(ids ?? []), ...names.flatMap((n) => (experiments.has(n) ? [experiments.get(n)!.experimentId] : []))];
      if (a.search_all_experiments === true && ids === null) ids = [...experiments.values()].map((e) => e.experimentId);
      const found = runs(session, ctx, ids ?? [session.experimentId], a);
      if (format === 'pandas') noPandas('search_runs');
      const max = intArg(a.max_results) ?? 100000;
      return new PyList(found.slice(0, max).map(runObject));
    },
  );
}

function getLoggedModel(session: MlflowSession, ctx: NativeContext, id: PyValue): PyValue {
  const modelId = optionalText(id, ctx) ?? '';
  const found = Object.hasOwn(session.env.registry.loggedModels, modelId)
    ? session.env.registry.loggedModels[modelId]
    : undefined;
  if (!found)
    return raiseMlflow({
      kind: 'mlflow',
      message: `Logged model with ID '${modelId}' not found.`,
      errorCode: 'RESOURCE_DOES_NOT_EXIST',
    });
  return loggedModelObject(session, found);
}

/** Newest first, as the SQL store orders them by default (creation time descending). */
function loggedModelsIn(session: MlflowSession, experimentIds: string[]) {
  const state = session.env.registry;
  return Object.values(state.loggedModels)
    .filter((m) => {
      const r = m.runId && Object.hasOwn(state.runs, m.runId) ? state.runs[m.runId] : undefined;
      return experimentIds.includes(r?.experimentId ?? '0');
    })
    .sort((x, y) => y.creationTimestamp - x.creationTimestamp || (x.modelId < y.modelId ? 1 : -1));
}

function noFilter(a: Record<string, PyValue>, ctx: NativeContext): void {
  const f = optionalText(a.filter_string, ctx);
  if (f !== null && f.trim() !== '')
    throw pyError(NotImplementedError, 'search_logged_models(filter_string=...) is not supported in this simulator');
  if (a.order_by !== null && a.order_by !== undefined)
    throw pyError(NotImplementedError, 'search_logged_models(order_by=...) is not supported in this simulator');
}

export function loggedModelFunctions(session: MlflowSession): Record<string, PyNativeFunction> {
  return {
    search_runs: fluentSearchRuns(session),
    get_logged_model: nativeFunction('get_logged_model', 'model_id', (a, ctx) =>
      getLoggedModel(session, ctx, a.model_id ?? null),
    ),
    last_logged_model: nativeFunction('last_logged_model', '', () => {
      const id = lastLoggedModelId(session);
      if (id === null || !Object.hasOwn(session.env.registry.loggedModels, id)) return null;
      return loggedModelObject(session, session.env.registry.loggedModels[id]!);
    }),
    search_logged_models: nativeFunction(
      'search_logged_models',
      'experiment_ids=None, filter_string=None, datasets=None, max_results=None, order_by=None, output_format="pandas"',
      (a, ctx) => {
        const format = optionalText(a.output_format, ctx);
        if (format !== 'list' && format !== 'pandas')
          raiseMlflow({
            kind: 'mlflow',
            message: `Unsupported output format: ${ctx.repr(a.output_format ?? null)}. Supported string values are 'pandas' or 'list'`,
            errorCode: 'INTERNAL_ERROR',
          });
        noFilter(a, ctx);
        if (format === 'pandas') noPandas('search_logged_models');
        const found = loggedModelsIn(session, listArg(a.experiment_ids, ctx) ?? [session.experimentId]);
        const max = intArg(a.max_results);
        return new PyList((max === null ? found : found.slice(0, max)).map((m) => loggedModelObject(session, m)));
      },
    ),
  };
}

export function clientLoggedModelMethods(session: MlflowSession): Record<string, NativeMethodSpec> {
  return {
    search_runs: clientSearchRuns(session),
    get_logged_model: {
      sig: 'self, model_id',
      impl: (a, ctx) => getLoggedModel(session, ctx, a.model_id ?? null),
    },
    search_logged_models: {
      sig: 'self, experiment_ids, filter_string=None, datasets=None, max_results=None, order_by=None, page_token=None',
      impl: (a, ctx) => {
        noFilter(a, ctx);
        const found = loggedModelsIn(session, listArg(a.experiment_ids, ctx) ?? []);
        const max = intArg(a.max_results) ?? found.length;
        return pagedList(
          found.slice(0, max).map((m) => loggedModelObject(session, m)),
          max < found.length ? btoa(`{"offset": ${max}}`) : null,
        );
      },
    },
  };
}
