// The fluent API exported as `mlflow.*` (mlflow/tracking/fluent.py and
// mlflow/tracking/_model_registry/fluent.py): runs, params, metrics, tags, tracking URI,
// register_model and the two search helpers. Registry work goes through the same operations as
// MlflowClient and the terminal.
import { nativeFunction } from '../native.ts';
import type { NativeContext } from '../native.ts';
import { Exception } from '../classes.ts';
import { pyError, newException } from '../errors.ts';
import { PyDict, PyList, PyObject, PyRaise } from '../values.ts';
import type { PyNativeFunction, PyValue } from '../values.ts';
import * as registry from '../../registry/index.ts';
import type { Run } from '../../registry/types.ts';
import {
  floatArg,
  intArg,
  optionalText,
  run,
  strValue,
  stringListArg,
  tagsArg,
  textArg,
  withoutPrompts,
} from './convert.ts';
import { modelVersionObject, registeredModelObject, searchedVersionObject } from './entities.ts';
import { MlflowException, exceptionFor } from './exceptions.ts';
import { makeActiveRunClass, runObject } from './runs.ts';
import type { MlflowSession } from './session.ts';
import { registryUriOf, runLinks, waitForCreation } from './session.ts';
import { eprint, logLine } from './warnings.ts';
import { ensureExperiment, experimentObject, experimentsOf } from './experiments.ts';
import { strRepr as pyRepr } from '../../python-text/repr.ts';

export interface Fluent {
  readonly functions: Record<string, PyNativeFunction>;
  /** The active run's id, starting one if none is active (`_get_or_start_run`). */
  getOrStartRun(): string;
  activeRunId(): string | null;
  /** `_register_model`: the lines on stderr, then the new ModelVersion (facts §2.6). */
  registerModel(
    ctx: NativeContext,
    modelUri: string,
    name: string,
    tags: Record<string, string> | null,
    awaitFor: number | null,
  ): registry.ModelVersionView;
}

export function makeFluent(session: MlflowSession): Fluent {
  const env = session.env;
  const ActiveRun = makeActiveRunClass((status, ctx) => endActive(status, ctx));

  function currentRun(runId: string): Run {
    const r = registry.requireRun(env.registry, runId);
    if (registry.isMlflowError(r)) throw new PyRaise(exceptionFor(r));
    return r;
  }

  function endActive(status: 'FINISHED' | 'FAILED' | 'KILLED', ctx: NativeContext): void {
    const active = session.activeRuns.pop();
    if (!active) return;
    const runId = (active.payload as Run).runId;
    // fluent.py end_run: `_last_active_run_id`, what last_active_run() answers once no run is active.
    session.lastActiveRunId = runId;
    ctx.write('stdout', runLinks(session, currentRun(runId)));
    run(env, registry.endRun(env.registry, env.sources, { runId, status }));
  }

  function activeRunId(): string | null {
    const top = session.activeRuns[session.activeRuns.length - 1];
    return top ? (top.payload as Run).runId : null;
  }

  function startRun(
    runId: string | null,
    runName: string | null,
    experimentId: string | null,
    nested: boolean,
    tags: Record<string, string> | null,
  ): PyObject {
    const first = session.activeRuns[0];
    if (first && !nested) {
      // A bare Exception, not MlflowException (mlflow/tracking/fluent.py::start_run).
      throw pyError(
        Exception,
        `Run with UUID ${(first.payload as Run).runId} is already active. To start a new run, first end the current run with mlflow.end_run(). To start a nested run, call start_run with nested=True`,
      );
    }
    let r: Run;
    if (runId !== null) {
      r = currentRun(runId);
    } else {
      r = run(
        env,
        registry.createRun(env.registry, env.sources, { experimentId: experimentId ?? session.experimentId, runName }),
      );
      // fluent.py start_run(nested=True) tags the child with its parent (MLFLOW_PARENT_RUN_ID).
      const parent = session.activeRuns[session.activeRuns.length - 1];
      const allTags = { ...(tags ?? {}), ...(parent ? { 'mlflow.parentRunId': (parent.payload as Run).runId } : {}) };
      for (const [k, v] of Object.entries(allTags))
        run(env, registry.setRunTag(env.registry, env.sources, { runId: r.runId, key: k, value: v }));
      r = currentRun(r.runId);
    }
    const obj = new PyObject(ActiveRun, r);
    session.activeRuns.push(obj);
    return obj;
  }

  function getOrStartRun(): string {
    return activeRunId() ?? (startRun(null, null, null, false, null).payload as Run).runId;
  }

  function registerModel(
    ctx: NativeContext,
    modelUri: string,
    name: string,
    tags: Record<string, string> | null,
    awaitFor: number | null,
  ): registry.ModelVersionView {
    const created = registry.createRegisteredModel(env.registry, env.sources, { name });
    if (created.ok) {
      run(env, created);
      eprint(ctx, `Successfully registered model '${created.value.name}'.`);
    } else if (created.error.kind === 'mlflow' && created.error.errorCode === 'RESOURCE_ALREADY_EXISTS') {
      // 3.x formats the name with !r (facts §2.6).
      eprint(ctx, `Registered model ${pyRepr(name)} already exists. Creating a new version of this model...`);
    } else {
      run(env, created);
    }
    let source = modelUri;
    let runId: string | null = null;
    let modelId: string | null = null;
    // A None model_uri is no URI of any kind; the version keeps source=None.
    const parsed = modelUri === null ? null : registry.parseModelUri(modelUri);
    if (parsed !== null && !registry.isMlflowError(parsed) && parsed.kind === 'run') {
      // A 3.x model lives in a LoggedModel, not in the run's artifacts: MLflow looks it up by the
      // artifact path and registers `models:/<id>` with a logger warning (fluent.py::_register_model).
      runId = parsed.runId;
      currentRun(parsed.runId);
      const resolved = registry.resolveModelUri(env.registry, modelUri);
      if (!resolved.ok || resolved.value.kind !== 'logged-model') {
        // fluent.py::_register_model: "logged_model", no closing period, and no error_code (so
        // MlflowException's default, INTERNAL_ERROR).
        throw new PyRaise(
          newException(
            MlflowException,
            [`Unable to find a logged_model with artifact_path ${parsed.artifactPath ?? ''} under run ${parsed.runId}`],
            {
              // MLflow passes `ErrorCode.Name(NOT_FOUND)`, a str, where MlflowException expects
              // the enum's number; ErrorCode.Name() of a str fails, so the code falls back to
              // INTERNAL_ERROR (mlflow/exceptions.py::MlflowException.__init__).
              error_code: 'INTERNAL_ERROR',
              message: `Unable to find a logged_model with artifact_path ${parsed.artifactPath ?? ''} under run ${parsed.runId}`,
            },
          ),
        );
      }
      modelId = resolved.value.modelId;
      source = `models:/${modelId}`;
      logLine(
        ctx,
        'WARNING',
        'mlflow.tracking._model_registry.fluent',
        `Run with id ${runId} has no artifacts at artifact path ${pyRepr(parsed.artifactPath ?? '')}, registering model based on ${source} instead`,
      );
    } else if (parsed !== null && !registry.isMlflowError(parsed) && parsed.kind === 'version') {
      // _parse_model_id_if_present looks the version up (MlflowClient.get_model_version, no
      // prompt check) to read its model_id, so a missing one fails after the model was created.
      run(env, registry.getModelVersion(env.registry, parsed.name, parsed.version));
    } else if (parsed !== null && !registry.isMlflowError(parsed) && parsed.kind === 'model-id') {
      modelId = parsed.modelId;
      // The SQL store takes the run from the LoggedModel when none is given (create_model_version).
      const lm = Object.hasOwn(env.registry.loggedModels, modelId) ? env.registry.loggedModels[modelId] : undefined;
      runId = lm?.runId && !session.holderRuns.has(lm.runId) ? lm.runId : null;
    }
    const mv = run(
      env,
      registry.createModelVersion(env.registry, env.sources, {
        name,
        source,
        runId,
        tags,
        modelId,
        resolveSource: true,
      }),
    );
    waitForCreation(ctx, session, mv, awaitFor);
    eprint(ctx, `Created version '${mv.version}' of model '${mv.name}'.`);
    return mv;
  }

  const fn = (qualname: string, sig: string, impl: (a: Record<string, PyValue>, ctx: NativeContext) => PyValue) =>
    nativeFunction(qualname, sig, impl);

  const functions: Record<string, PyNativeFunction> = {
    start_run: fn(
      'start_run',
      'run_id=None, experiment_id=None, run_name=None, nested=False, parent_run_id=None, tags=None, description=None, log_system_metrics=None',
      (a, ctx) =>
        startRun(
          optionalText(a.run_id, ctx),
          optionalText(a.run_name, ctx),
          optionalText(a.experiment_id, ctx),
          a.nested === true,
          tagsArg(a.tags, ctx),
        ),
    ),
    active_run: fn('active_run', '', () => session.activeRuns[session.activeRuns.length - 1] ?? null),
    // fluent.py last_active_run: the active run, else the last run this process ended (a Run).
    last_active_run: fn('last_active_run', '', () => {
      const active = session.activeRuns[session.activeRuns.length - 1];
      if (active) return active;
      return session.lastActiveRunId === null ? null : runObject(currentRun(session.lastActiveRunId));
    }),
    end_run: fn('end_run', "status='FINISHED'", (a, ctx) => {
      endActive((optionalText(a.status, ctx) ?? 'FINISHED') as 'FINISHED', ctx);
      return null;
    }),
    get_run: fn('get_run', 'run_id', (a, ctx) => runObject(currentRun(textArg(a.run_id, ctx)))),
    log_param: fn('log_param', 'key, value, synchronous=None', (a, ctx) => {
      const runId = getOrStartRun();
      run(
        env,
        registry.logParam(env.registry, env.sources, {
          runId,
          key: textArg(a.key, ctx),
          value: strValue(a.value, ctx),
        }),
      );
      return a.value ?? null;
    }),
    log_params: fn('log_params', 'params, synchronous=None, run_id=None', (a, ctx) => {
      const runId = optionalText(a.run_id, ctx) ?? getOrStartRun();
      for (const [k, v] of dictEntries(a.params)) {
        run(
          env,
          registry.logParam(env.registry, env.sources, { runId, key: textArg(k, ctx), value: strValue(v, ctx) }),
        );
      }
      return null;
    }),
    log_metric: fn(
      'log_metric',
      'key, value, step=None, synchronous=None, timestamp=None, run_id=None, model_id=None, dataset=None',
      (a, ctx) => {
        const runId = optionalText(a.run_id, ctx) ?? getOrStartRun();
        run(
          env,
          registry.logMetric(env.registry, env.sources, {
            runId,
            key: textArg(a.key, ctx),
            value: metricValue(a.key ?? null, a.value ?? null, ctx),
          }),
        );
        return null;
      },
    ),
    log_metrics: fn(
      'log_metrics',
      'metrics, step=None, synchronous=None, run_id=None, timestamp=None, model_id=None, dataset=None',
      (a, ctx) => {
        const runId = optionalText(a.run_id, ctx) ?? getOrStartRun();
        for (const [k, v] of dictEntries(a.metrics)) {
          run(
            env,
            registry.logMetric(env.registry, env.sources, {
              runId,
              key: textArg(k, ctx),
              value: metricValue(k, v, ctx),
            }),
          );
        }
        return null;
      },
    ),
    set_tag: fn('set_tag', 'key, value, synchronous=None', (a, ctx) => {
      const runId = getOrStartRun();
      run(
        env,
        registry.setRunTag(env.registry, env.sources, {
          runId,
          key: textArg(a.key, ctx),
          value: strValue(a.value, ctx),
        }),
      );
      return null;
    }),
    set_tags: fn('set_tags', 'tags, synchronous=None', (a, ctx) => {
      const runId = getOrStartRun();
      for (const [k, v] of dictEntries(a.tags)) {
        run(
          env,
          registry.setRunTag(env.registry, env.sources, { runId, key: textArg(k, ctx), value: strValue(v, ctx) }),
        );
      }
      return null;
    }),
    set_experiment: fn('set_experiment', 'experiment_name=None, experiment_id=None', (a, ctx) => {
      const name = optionalText(a.experiment_name, ctx);
      const id = optionalText(a.experiment_id, ctx);
      if ((name === null) === (id === null)) {
        throw new PyRaise(
          exceptionFor({
            kind: 'mlflow',
            message: 'Must specify exactly one of: `experiment_id` or `experiment_name`.',
            errorCode: 'INVALID_PARAMETER_VALUE',
          }),
        );
      }
      const all = [...experimentsOf(env).values()];
      let exp = id !== null ? all.find((e) => e.experimentId === id) : undefined;
      if (id !== null && !exp) {
        throw new PyRaise(
          exceptionFor({
            kind: 'mlflow',
            message: `No Experiment with id=${id} exists`,
            errorCode: 'RESOURCE_DOES_NOT_EXIST',
          }),
        );
      }
      if (!exp) {
        const made = ensureExperiment(env, name as string);
        // fluent.py::set_experiment logs this at INFO, which MLflow's logging setup shows.
        if (made.created)
          logLine(
            ctx,
            'INFO',
            'mlflow.tracking.fluent',
            `Experiment with name '${name}' does not exist. Creating a new experiment.`,
          );
        exp = made.experiment;
      }
      session.experimentId = exp.experimentId;
      return experimentObject(exp);
    }),
    get_experiment_by_name: fn('get_experiment_by_name', 'name', (a, ctx) => {
      const e = experimentsOf(env).get(textArg(a.name, ctx));
      return e ? experimentObject(e) : null;
    }),
    set_tracking_uri: fn('set_tracking_uri', 'uri', (a, ctx) => {
      session.trackingUri = textArg(a.uri, ctx);
      return null;
    }),
    get_tracking_uri: fn('get_tracking_uri', '', () => session.trackingUri),
    // mlflow/tracking/_model_registry/utils.py: a set registry URI wins; otherwise the tracking
    // URI, or "databricks-uc" for a Databricks tracking URI (_get_default_registry_uri_for_tracking_uri).
    // The simulator keeps one registry whatever the URI (src/engine/python/README.md).
    set_registry_uri: fn('set_registry_uri', 'uri', (a, ctx) => {
      session.registryUri = optionalText(a.uri, ctx);
      return null;
    }),
    get_registry_uri: fn('get_registry_uri', '', () => registryUriOf(session)),
    register_model: fn(
      'register_model',
      'model_uri, name, await_registration_for=300, *, tags=None, env_pack=None',
      (a, ctx) =>
        modelVersionObject(
          registerModel(
            ctx,
            a.model_uri === null || a.model_uri === undefined
              ? (null as unknown as string)
              : strValue(a.model_uri, ctx),
            textArg(a.name, ctx),
            tagsArg(a.tags, ctx),
            intArg(a.await_registration_for),
          ),
        ),
    ),
    // max_results comes first in the fluent versions, and they return every page as one list (§2.1).
    search_registered_models: fn(
      'search_registered_models',
      'max_results=None, filter_string=None, order_by=None',
      (a, ctx) => {
        // get_results_from_paginated_fn asks the store for nothing when max_results is 0.
        if (a.max_results === 0n) return new PyList([]);
        const all = run(
          env,
          // get_results_from_paginated_fn pages through everything when max_results is None.
          registry.searchRegisteredModels(env.registry, {
            filterString: withoutPrompts(a.filter_string ?? null, ctx),
            orderBy: orderBy(a.order_by, ctx),
            maxResults: 1000,
          }),
        );
        const n = intArg(a.max_results);
        return new PyList((n === null ? all : all.slice(0, n)).map(registeredModelObject));
      },
    ),
    search_model_versions: fn(
      'search_model_versions',
      'max_results=None, filter_string=None, order_by=None',
      (a, ctx) => {
        // get_results_from_paginated_fn asks the store for nothing when max_results is 0.
        if (a.max_results === 0n) return new PyList([]);
        const all = run(
          env,
          registry.searchModelVersions(env.registry, {
            filterString: optionalText(a.filter_string, ctx),
            orderBy: orderBy(a.order_by, ctx),
            maxResults: 200000,
          }),
        );
        const n = intArg(a.max_results);
        return new PyList((n === null ? all : all.slice(0, n)).map(searchedVersionObject));
      },
    ),
  };

  return { functions, getOrStartRun, activeRunId, registerModel };
}

function dictEntries(v: PyValue | undefined): [PyValue, PyValue][] {
  if (!(v instanceof PyDict)) return [];
  return [...v.map.values()].map(([k, x]) => [k, x]);
}

function orderBy(v: PyValue | undefined, ctx: NativeContext): string[] | null {
  const list = stringListArg(v, ctx);
  if (list === null) return null;
  // The store loops `for clause in order_by`, so a str is read one character at a time: "name"
  // is the clauses n, a, m, e, and "" none (sqlalchemy_store.py::_parse_search_*_order_by).
  return typeof list === 'string' ? [...list] : list;
}

/**
 * A metric value must be numeric: `_validate_metric` (mlflow/utils/validation.py) refuses
 * anything else with its timestamp in the message.
 */
function metricValue(key: PyValue, value: PyValue, ctx: NativeContext): number {
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return floatArg(value);
  throw new PyRaise(
    exceptionFor({
      kind: 'mlflow',
      message: `Got invalid value ${ctx.str(value)} for metric '${ctx.str(key)}' (timestamp=${ctx.env.sources.clock.now()}). Please specify value as a valid double (64-bit floating point)`,
      errorCode: 'INVALID_PARAMETER_VALUE',
    }),
  );
}
