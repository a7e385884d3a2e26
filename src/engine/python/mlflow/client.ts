// `mlflow.MlflowClient` (mlflow/tracking/client.py): every registry method of facts §2.1 with its
// 3.x signature and keyword names, plus the run methods the lessons use. Each method translates
// its arguments, calls one registry operation, and wraps the result; the semantics, checks and
// messages all live in src/engine/registry.
import { nativeClass } from '../native.ts';
import type { NativeContext, NativeMethodSpec } from '../native.ts';
import { AttributeError, TypeError, typeName, typeOf } from '../classes.ts';
import { pyError } from '../errors.ts';
import { BindError, bind, parseSignature } from '../signature.ts';
import { PyDict, PyList, PyRaise, PyTuple } from '../values.ts';
import { toArray, truthy } from '../ops.ts';
import type { PyObject, PyValue } from '../values.ts';
import type { SimEnv } from '../../env.ts';
import * as registry from '../../registry/index.ts';
import {
  floatArg,
  intArg,
  optionalText,
  run,
  strValue,
  stringListArg,
  tagsArg,
  textArg,
  versionArg,
  withoutPrompts,
} from './convert.ts';
import { modelVersionObject, pagedList, registeredModelObject, searchedVersionObject } from './entities.ts';
import { MlflowException, raiseMlflow } from './exceptions.ts';
import { clientFrames, deprecatedWrapperFrame } from './client-frames.ts';
import { runObject } from './runs.ts';
import { copyModelVersionMethod } from './copy.ts';
import { clientLoggedModelMethods } from './tracking-search.ts';
import type { MlflowSession } from './session.ts';
import { loggedModelLocation, runLinks, waitForCreation } from './session.ts';
import { warnDeprecatedStageApi, warnInnerGetLatestVersions, warnStageParameter } from './warnings.ts';

type Args = Record<string, PyValue>;
type Impl = (a: Args, ctx: NativeContext, env: SimEnv) => PyValue;

/**
 * A deprecated stage method: the `@deprecated` wrapper takes `*args, **kwargs` and warns before
 * calling the real method, so the FutureWarning comes first even for a binding error such as
 * `got an unexpected keyword argument 'stages'` (mlflow/utils/annotations.py, facts §4).
 */
function deprecated(method: string, sig: string, impl: Impl, session: MlflowSession): NativeMethodSpec {
  const signature = parseSignature(sig);
  const names = signature.params.map((p) => p.name);
  return {
    sig: 'self, *args, **kwargs',
    impl: (a, ctx) => {
      warnDeprecatedStageApi(ctx, method);
      // `*args` arrives as a tuple and `**kwargs` as a dict (./signature.ts binding).
      const positional = [a.self ?? null, ...(a.args as PyTuple).items];
      const kw = new Map<string, PyValue>();
      for (const [k, v] of (a.kwargs as PyDict).map.values()) kw.set(String(k), v);
      let bound: PyValue[];
      try {
        bound = bind(`MlflowClient.${method}`, signature, positional, kw);
      } catch (e) {
        if (e instanceof BindError) {
          // The wrapper's `obj(*args, **kwargs)` is where Python binds the call: its frame shows.
          const err = pyError(TypeError, e.message);
          err.exc.traceback.push(deprecatedWrapperFrame());
          throw err;
        }
        throw e;
      }
      const args: Args = {};
      names.forEach((n, i) => (args[n] = bound[i] ?? null));
      return impl(args, ctx, session.env);
    },
  };
}

function method(sig: string, impl: Impl, session: MlflowSession): NativeMethodSpec {
  return { sig, impl: (a, ctx) => impl(a, ctx, session.env) };
}

const versionList = (views: readonly registry.ModelVersionView[]): PyList => new PyList(views.map(modelVersionObject));

/** A page of search results as `PagedList(items, token)` (the paging rules: registry/page-token.ts). */
function page<T>(all: readonly T[], maxResults: number, pageToken: PyValue, wrap: (x: T) => PyValue): PyObject {
  const p = registry.pageOf(all, maxResults, pageToken);
  if (registry.isMlflowError(p)) return raiseMlflow(p);
  return pagedList(p.items.map(wrap), p.token);
}

/** The largest page each search allows (mlflow/store/model_registry/__init__.py, facts §2.1). */
const MAX_MODELS_PAGE = 1000;
const MAX_VERSIONS_PAGE = 200_000;

/** The `MlflowClient` class for one interpreter's session. */
export function makeClientClass(session: MlflowSession) {
  const m = (sig: string, impl: Impl) => method(sig, impl, session);
  const deprecatedNames = new Set<string>();
  const d = (name: string, sig: string, impl: Impl) => {
    deprecatedNames.add(name);
    return deprecated(name, sig, impl, session);
  };

  /** `set/delete_model_version_tag` with `stage=`: MLflow warns (twice) only once the model is known. */
  const stageTagWarnings = (
    ctx: NativeContext,
    env: SimEnv,
    a: Args,
    which: 'set_model_version_tag' | 'delete_model_version_tag',
  ) => {
    const hasVersion = a.version !== null && a.version !== undefined;
    const stage = a.stage;
    if (hasVersion || stage === null || stage === undefined || stage === '') return;
    if (!registry.getRegisteredModel(env.registry, textArg(a.name, ctx)).ok) return;
    warnStageParameter(ctx, which);
    warnInnerGetLatestVersions(ctx, session.innerWarnings, which);
  };

  /** A new version: the REST store's wait line (if any), then the ModelVersion. */
  const createdVersion = (mv: registry.ModelVersionView, ctx: NativeContext, awaitFor: number | null): PyValue => {
    waitForCreation(ctx, session, mv, awaitFor);
    return modelVersionObject(mv);
  };

  return nativeClass({
    name: 'MlflowClient',
    module: 'mlflow.tracking.client',
    methods: withMlflowFrames(deprecatedNames, {
      __init__: m('self, tracking_uri=None, registry_uri=None', () => null),
      // No __repr__ in MLflow: object's default, with an address-like id.
      __repr__: {
        sig: 'self',
        impl: (a, ctx) =>
          `<mlflow.tracking.client.MlflowClient object at 0x${ctx.ids.of(a.self as PyObject).toString(16)}>`,
      },

      // Registered models (facts §2.1, §2.5)
      create_registered_model: m('self, name, tags=None, description=None, deployment_job_id=None', (a, ctx, env) =>
        registeredModelObject(
          run(
            env,
            registry.createRegisteredModel(env.registry, env.sources, {
              name: textArg(a.name, ctx),
              tags: entityTagsArg(a.tags, a.name, ctx),
              description: optionalText(a.description, ctx),
            }),
          ),
        ),
      ),
      get_registered_model: m('self, name', (a, ctx, env) =>
        registeredModelObject(run(env, registry.getRegisteredModel(env.registry, textArg(a.name, ctx)))),
      ),
      search_registered_models: m(
        'self, filter_string=None, max_results=100, order_by=None, page_token=None',
        (a, ctx, env) => {
          // The store's first check is `max_results > 1000`: a str or None cannot be compared.
          const rawMax = a.max_results ?? null;
          if (!(typeof rawMax === 'bigint' || typeof rawMax === 'number' || typeof rawMax === 'boolean')) {
            throw pyError(TypeError, `'>' not supported between instances of '${typeName(rawMax)}' and 'int'`);
          }
          const filterString = withoutPrompts(a.filter_string ?? null, ctx);
          const max = intArg(a.max_results) ?? 100;
          const opts = {
            filterString,
            orderBy: orderByArg(a.order_by, ctx, () =>
              run(env, registry.searchRegisteredModels(env.registry, { filterString, maxResults: max })),
            ),
          };
          run(env, registry.searchRegisteredModels(env.registry, { ...opts, maxResults: max }));
          const all = run(env, registry.searchRegisteredModels(env.registry, { ...opts, maxResults: MAX_MODELS_PAGE }));
          // `[...][:max_results]` inside the store session: a float is no slice index.
          if (typeof rawMax === 'number') {
            raiseMlflow({
              kind: 'mlflow',
              message: 'slice indices must be integers or None or have an __index__ method',
              errorCode: 'INTERNAL_ERROR',
            });
          }
          return page(all, max, a.page_token ?? null, registeredModelObject);
        },
      ),
      rename_registered_model: m('self, name, new_name', (a, ctx, env) => {
        const name = textArg(a.name, ctx);
        const newName = a.new_name ?? null;
        if (typeof newName !== 'string') {
          // After the prompt check, ModelRegistryClient calls `new_name.strip()` (facts §2.5).
          run(env, registry.getRegisteredModel(env.registry, name));
          throw pyError(AttributeError, `'${typeName(newName)}' object has no attribute 'strip'`);
        }
        // Returns None: MlflowClient.rename_registered_model has no `return` (facts §2.5, §10 #9).
        run(env, registry.renameRegisteredModel(env.registry, env.sources, { name, newName }));
        return null;
      }),
      update_registered_model: m('self, name, description=None, deployment_job_id=None', (a, ctx, env) =>
        registeredModelObject(
          run(
            env,
            registry.updateRegisteredModel(env.registry, env.sources, {
              name: textArg(a.name, ctx),
              description: optionalText(a.description, ctx),
            }),
          ),
        ),
      ),
      delete_registered_model: m('self, name', (a, ctx, env) => {
        run(env, registry.deleteRegisteredModel(env.registry, textArg(a.name, ctx)));
        return null;
      }),

      // Model versions (facts §2.1, §2.2, §2.5)
      copy_model_version: m('self, src_model_uri, dst_name', copyModelVersionMethod),
      ...clientLoggedModelMethods(session),
      create_model_version: m(
        'self, name, source, run_id=None, tags=None, run_link=None, description=None, await_creation_for=300, model_id=None',
        (a, ctx, env) =>
          createdVersion(
            run(
              env,
              registry.createModelVersion(env.registry, env.sources, {
                name: textArg(a.name, ctx),
                source: sourceArg(a.source, a.name),
                runId: optionalText(a.run_id, ctx),
                tags: entityTagsArg(a.tags, a.name, ctx),
                runLink: optionalText(a.run_link, ctx),
                description: optionalText(a.description, ctx),
                modelId: optionalText(a.model_id, ctx),
                resolveSource: true,
              }),
            ),
            ctx,
            intArg(a.await_creation_for),
          ),
      ),
      get_model_version: m('self, name, version', (a, ctx, env) =>
        modelVersionObject(
          run(env, registry.getModelVersion(env.registry, textArg(a.name, ctx), versionArg(a.version, ctx))),
        ),
      ),
      delete_model_version: m('self, name, version', (a, ctx, env) => {
        run(
          env,
          registry.deleteModelVersion(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            version: versionArg(a.version, ctx),
          }),
        );
        return null;
      }),
      update_model_version: m('self, name, version, description=None', (a, ctx, env) =>
        modelVersionObject(
          run(
            env,
            registry.updateModelVersion(env.registry, env.sources, {
              name: textArg(a.name, ctx),
              version: versionArg(a.version, ctx),
              description: optionalText(a.description, ctx),
            }),
          ),
        ),
      ),
      search_model_versions: m(
        'self, filter_string=None, max_results=10000, order_by=None, page_token=None',
        (a, ctx, env) => {
          const filterString = optionalText(a.filter_string, ctx);
          const opts = {
            filterString,
            orderBy: orderByArg(a.order_by, ctx, () =>
              run(env, registry.searchModelVersions(env.registry, { filterString, maxResults: 1 })),
            ),
          };
          // The store wants a positive int first: None or a str fails that check as itself.
          const rawMax = a.max_results ?? null;
          if (!(typeof rawMax === 'bigint' || typeof rawMax === 'number' || typeof rawMax === 'boolean')) {
            raiseMlflow({
              kind: 'mlflow',
              message: `Invalid value for max_results. It must be a positive integer, but got ${ctx.str(rawMax)}`,
              errorCode: 'INVALID_PARAMETER_VALUE',
            });
          }
          const max = intArg(a.max_results) ?? 10000;
          run(env, registry.searchModelVersions(env.registry, { ...opts, maxResults: max }));
          const all = run(env, registry.searchModelVersions(env.registry, { ...opts, maxResults: MAX_VERSIONS_PAGE }));
          return page(all, max, a.page_token ?? null, searchedVersionObject);
        },
      ),
      // The SQL store answers the version's storage location: for a 3.x `models:/<id>` source,
      // the LoggedModel's artifact directory (sqlalchemy_store.py::create_model_version).
      get_model_version_download_uri: m('self, name, version', (a, ctx, env) => {
        // The prompt check (`_raise_if_prompt`) looks the model up before the version.
        run(env, registry.getRegisteredModel(env.registry, textArg(a.name, ctx)));
        const mv = run(env, registry.getModelVersion(env.registry, textArg(a.name, ctx), versionArg(a.version, ctx)));
        return storageLocation(env, mv.source, 0);
      }),

      // Stages: deprecated since 2.9.0, still working in 3.x (facts §1, §2.3, §2.4, §4)
      transition_model_version_stage: d(
        'transition_model_version_stage',
        'self, name, version, stage, archive_existing_versions=False',
        (a, ctx, env) =>
          modelVersionObject(
            run(
              env,
              registry.transitionStage(env.registry, env.sources, {
                name: textArg(a.name, ctx),
                version: versionArg(a.version, ctx),
                // `stage.strip()` comes after the prompt check: a missing model is reported first.
                stage: stageArg(a.stage ?? null, 'strip', () =>
                  run(env, registry.getRegisteredModel(env.registry, textArg(a.name, ctx))),
                ),
                archiveExistingVersions: truthy(ctx, a.archive_existing_versions ?? null),
              }),
            ),
          ),
      ),
      get_latest_versions: d('get_latest_versions', 'self, name, stages=None', (a, ctx, env) =>
        versionList(
          run(env, registry.latestVersions(env.registry, textArg(a.name, ctx), stagesArg(a.stages ?? null, ctx))),
        ),
      ),
      // The store answers the four stages without looking the model or version up (no prompt
      // check either: mlflow/tracking/client.py::get_model_version_stages).
      get_model_version_stages: d('get_model_version_stages', 'self, name, version', () => {
        return new PyList(registry.modelVersionStages());
      }),

      // Aliases (facts §2.5)
      set_registered_model_alias: m('self, name, alias, version', (a, ctx, env) => {
        run(
          env,
          registry.setAlias(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            alias: aliasArg(a.alias ?? null),
            version: versionArg(a.version, ctx),
          }),
        );
        return null;
      }),
      delete_registered_model_alias: m('self, name, alias', (a, ctx, env) => {
        run(
          env,
          registry.deleteAlias(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            alias: aliasArg(a.alias ?? null),
          }),
        );
        return null;
      }),
      get_model_version_by_alias: m('self, name, alias', (a, ctx, env) =>
        modelVersionObject(
          run(env, registry.versionByAlias(env.registry, textArg(a.name, ctx), aliasArg(a.alias ?? null))),
        ),
      ),

      // Tags (facts §2.5)
      set_registered_model_tag: m('self, name, key, value', (a, ctx, env) => {
        run(
          env,
          registry.setRegisteredModelTag(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            key: keyArg(a.key),
            value: strValue(a.value, ctx),
          }),
        );
        return null;
      }),
      delete_registered_model_tag: m('self, name, key', (a, ctx, env) => {
        run(
          env,
          registry.deleteRegisteredModelTag(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            key: keyArg(a.key),
          }),
        );
        return null;
      }),
      set_model_version_tag: m('self, name, version=None, key=None, value=None, stage=None', (a, ctx, env) => {
        stageTagWarnings(ctx, env, a, 'set_model_version_tag');
        run(
          env,
          registry.setModelVersionTag(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            version: a.version === null ? null : versionArg(a.version, ctx),
            key: keyArg(a.key),
            value: strValue(a.value, ctx),
            stage: a.stage === null || a.stage === undefined ? null : tagStageArg(a.stage, env, textArg(a.name, ctx)),
          }),
        );
        return null;
      }),
      delete_model_version_tag: m('self, name, version=None, key=None, stage=None', (a, ctx, env) => {
        stageTagWarnings(ctx, env, a, 'delete_model_version_tag');
        run(
          env,
          registry.deleteModelVersionTag(env.registry, env.sources, {
            name: textArg(a.name, ctx),
            version: a.version === null ? null : versionArg(a.version, ctx),
            key: keyArg(a.key),
            stage: a.stage === null || a.stage === undefined ? null : tagStageArg(a.stage, env, textArg(a.name, ctx)),
          }),
        );
        return null;
      }),

      // Runs (the tracking side the lessons touch)
      get_run: m('self, run_id', (a, ctx, env) => {
        const found = registry.requireRun(env.registry, textArg(a.run_id, ctx));
        if (registry.isMlflowError(found)) raiseMlflow(found);
        return runObject(found);
      }),
      create_run: m('self, experiment_id, start_time=None, tags=None, run_name=None', (a, ctx, env) => {
        const created = run(
          env,
          registry.createRun(env.registry, env.sources, {
            experimentId: textArg(a.experiment_id, ctx),
            runName: optionalText(a.run_name, ctx),
          }),
        );
        // The store writes the given tags with the run (sqlalchemy_store.py create_run).
        for (const [key, value] of Object.entries(tagsArg(a.tags, ctx) ?? {}))
          run(env, registry.setRunTag(env.registry, env.sources, { runId: created.runId, key, value }));
        const found = registry.requireRun(env.registry, created.runId);
        if (registry.isMlflowError(found)) raiseMlflow(found);
        return runObject(found);
      }),
      log_param: m('self, run_id, key, value, synchronous=None', (a, ctx, env) => {
        run(
          env,
          registry.logParam(env.registry, env.sources, {
            runId: textArg(a.run_id, ctx),
            key: textArg(a.key, ctx),
            value: strValue(a.value, ctx),
          }),
        );
        return a.value ?? null;
      }),
      log_metric: m(
        'self, run_id, key, value, timestamp=None, step=None, synchronous=None, dataset_name=None, dataset_digest=None, model_id=None',
        (a, ctx, env) => {
          run(
            env,
            registry.logMetric(env.registry, env.sources, {
              runId: textArg(a.run_id, ctx),
              key: textArg(a.key, ctx),
              value: floatArg(a.value),
            }),
          );
          return null;
        },
      ),
      set_tag: m('self, run_id, key, value, synchronous=None', (a, ctx, env) => {
        run(
          env,
          registry.setRunTag(env.registry, env.sources, {
            runId: textArg(a.run_id, ctx),
            key: textArg(a.key, ctx),
            value: strValue(a.value, ctx),
          }),
        );
        return null;
      }),
      set_terminated: m('self, run_id, status=None, end_time=None', (a, ctx, env) => {
        const status = optionalText(a.status, ctx) as 'FINISHED' | 'FAILED' | 'KILLED' | null;
        const runId = textArg(a.run_id, ctx);
        const found = registry.requireRun(env.registry, runId);
        if (!registry.isMlflowError(found)) ctx.write('stdout', runLinks(session, found));
        run(env, registry.endRun(env.registry, env.sources, { runId, ...(status ? { status } : {}) }));
        return null;
      }),
    }),
  });
}

/**
 * `tags=` of create_registered_model / create_model_version: a dict (keys and values str()-ed),
 * or anything falsy for none. Anything else reaches the SQL store as is, which reads `tag.key`
 * from each element (sqlalchemy_store.py), after it has checked the name; so a list of pairs or
 * a str is an AttributeError there, and a non-iterable a TypeError.
 */
function entityTagsArg(
  v: PyValue | undefined,
  name: PyValue | undefined,
  ctx: NativeContext,
): Record<string, string> | null {
  if (v === undefined || v === null || v instanceof PyDict || !truthy(ctx, v)) return tagsArg(v, ctx);
  if (name === null || name === undefined || name === '') return null; // the store refuses the name first
  const first = toArray(ctx, v)[0] ?? null;
  throw pyError(AttributeError, `'${typeName(first)}' object has no attribute 'key'`);
}

/**
 * A version's `source` goes through `urllib.parse.urlparse`, which calls `.decode` on anything
 * that is not a str (after the store has checked the name).
 */
function sourceArg(v: PyValue | undefined, name: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  // `_decode_args` turns a falsy non-str into '' for parsing; the version keeps the None.
  if (v === null || v === undefined) return null as unknown as string;
  if (name === null || name === undefined || name === '') return '';
  throw pyError(AttributeError, `'${typeName(v ?? null)}' object has no attribute 'decode'`);
}

/**
 * The SQL store answers a version's `storage_location or source`. The storage location is fixed
 * at creation (sqlalchemy_store.py::create_model_version): for a 3.x `models:/<id>` source the
 * LoggedModel's artifact directory; for `models:/<name>/<version>` that version's own location.
 */
function storageLocation(env: SimEnv, source: string, depth: number): string {
  const id = /^models:\/(m-[0-9a-f]+)$/.exec(source ?? '')?.[1];
  if (id && Object.hasOwn(env.registry.loggedModels, id)) return loggedModelLocation(env.registry, id);
  const byVersion = /^models:\/([^/@]+)\/(\d+)$/.exec(source ?? '');
  if (byVersion && depth < 50) {
    const target = registry.getModelVersion(env.registry, byVersion[1] as string, Number(byVersion[2]));
    if (target.ok) return storageLocation(env, target.value.source, depth + 1);
  }
  return source;
}

/** `order_by` is a list of strings; MLflow also tolerates None. */
function orderByArg(v: PyValue | undefined, ctx: NativeContext, parseFilter?: () => unknown): string[] | null {
  if (v === undefined || v === null) return null;
  // The store iterates order_by: a str gives its characters ('name' -> 'n', 'a', ...), and
  // something not iterable is Python's TypeError.
  if (typeof v === 'string') return [...v];
  if (!(v instanceof PyList || v instanceof PyTuple)) {
    // The filter is parsed before order_by is iterated, so its errors come first.
    parseFilter?.();
    throw pyError(TypeError, `'${typeName(v)}' object is not iterable`);
  }
  return v.items.map((x) => (typeof x === 'string' ? x : ctx.str(x)));
}

/**
 * An MlflowException raised inside a client method carries MLflow's own frames (./client-frames.ts)
 * above its last line, as a real traceback shows them between the learner's call and the error.
 */
function withMlflowFrames(
  deprecatedNames: ReadonlySet<string>,
  methods: Record<string, NativeMethodSpec>,
): Record<string, NativeMethodSpec> {
  const out: Record<string, NativeMethodSpec> = {};
  for (const [name, spec] of Object.entries(methods)) {
    out[name] = {
      ...spec,
      impl: (a, ctx) => {
        try {
          return spec.impl(a, ctx);
        } catch (e) {
          if (e instanceof PyRaise && e.exc.traceback.length === 0 && typeOf(e.exc).isSubclassOf(MlflowException))
            e.exc.traceback.push(...clientFrames(name, deprecatedNames.has(name)));
          throw e;
        }
      },
    };
  }
  return out;
}

/**
 * A stage must be a str: MLflow calls `stage.strip()` (transition) or `stage.lower()`
 * (get_canonical_stage), so anything else is Python's AttributeError, not an MLflow message.
 */
function stageArg(v: PyValue, method: 'strip' | 'lower', before?: () => unknown): string {
  if (typeof v === 'string') return v;
  before?.();
  throw pyError(AttributeError, `'${typeName(v)}' object has no attribute '${method}'`);
}

/**
 * The `stage=` of set/delete_model_version_tag: after the prompt check, MLflow looks the stage's
 * latest version up inside a store session, so `stage.lower()` failing there is wrapped as
 * MlflowException(INTERNAL_ERROR) with the AttributeError's text.
 */
function tagStageArg(v: PyValue, env: SimEnv, name: string): string {
  if (typeof v === 'string') return v;
  run(env, registry.getRegisteredModel(env.registry, name));
  return raiseMlflow({
    kind: 'mlflow',
    message: `'${typeName(v)}' object has no attribute 'lower'`,
    errorCode: 'INTERNAL_ERROR',
  });
}

/** A tag key: str as is, None as missing; anything else fails the key's `re.match` (TypeError). */
function keyArg(v: PyValue | undefined): string {
  if (v === undefined || v === null || typeof v === 'string') return (v ?? null) as string;
  return { kind: 'python-value', typeName: typeName(v) } as unknown as string;
}

/** `stages`: None, or an iterable of str (a plain str is iterated by character, facts §1). */
function stagesArg(v: PyValue, ctx: NativeContext): string[] | string | null {
  if (v === null || typeof v === 'string') return v;
  return toArray(ctx, v).map((s) => stageArg(s, 'lower'));
}

/** `_validate_model_alias_name` runs `re.match` on the alias: a non-str is a TypeError there. */
function aliasArg(v: PyValue): string {
  if (v === null || typeof v === 'string') return v as string;
  throw pyError(TypeError, `expected string or bytes-like object, got '${typeName(v)}'`);
}
