// `mlflow.<flavor>.log_model` for the flavors the course uses, `ModelInfo`, and
// `mlflow.pyfunc.load_model` with a `PyFuncModel` whose `predict` answers deterministically.
// MLflow 3.x Model.log (mlflow/models/model.py): `name=` is the model's name, `artifact_path=` is
// its deprecated spelling (a logger WARNING), both at once is an error; the model becomes a
// LoggedModel `m-<id>` linked to the active run (no run is started); `registered_model_name=`
// registers `models:/<id>` with register_model's stderr lines.
import { nativeClass, nativeFunction, newObject } from '../native.ts';
import type { NativeContext } from '../native.ts';
import { pyDict } from '../dict.ts';
import { PyBoundMethod, PyDict, PyFunction, PyList, PyObject, PyRaise, PyTuple } from '../values.ts';
import type { PyNativeFunction, PyValue } from '../values.ts';
import * as registry from '../../registry/index.ts';
import { artifactKey, predictRow } from '../../predict.ts';
import type { LoggedModel } from '../../registry/types.ts';
import { intArg, optionalText, run, strValue, tagsArg } from './convert.ts';
import { exceptionFor } from './exceptions.ts';
import type { Fluent } from './fluent.ts';
import type { MlflowSession } from './session.ts';
import { loggedModelLocation } from './session.ts';
import { logLine } from './warnings.ts';

/** The first parameter of each flavor's log_model, as MLflow names it. */
export const FLAVORS: Readonly<Record<string, string>> = {
  sklearn: 'sk_model',
  pytorch: 'pytorch_model',
  tensorflow: 'model',
  keras: 'model',
  xgboost: 'xgb_model',
  lightgbm: 'lgb_model',
  transformers: 'transformers_model',
};

const COMMON =
  'conda_env=None, code_paths=None, registered_model_name=None, signature=None, input_example=None, ' +
  'await_registration_for=300, pip_requirements=None, extra_pip_requirements=None, metadata=None, ' +
  'params=None, tags=None, model_type=None, step=0, model_id=None, name=None, **kwargs';

/** pyfunc.log_model has no model object first: artifact_path leads (mlflow/pyfunc/__init__.py). */
const PYFUNC_SIG =
  'artifact_path=None, loader_module=None, data_path=None, code_paths=None, infer_code_paths=False, ' +
  'conda_env=None, python_model=None, artifacts=None, registered_model_name=None, signature=None, ' +
  'input_example=None, await_registration_for=300, pip_requirements=None, extra_pip_requirements=None, ' +
  'metadata=None, model_config=None, streamable=None, resources=None, auth_policy=None, prompts=None, ' +
  'name=None, params=None, tags=None, model_type=None, step=0, model_id=None, **kwargs';

/** The registry records the flavor's short name ("sklearn"); pyfunc models load through mlflow.pyfunc.model. */
function loaderModuleOf(flavor: string): string {
  return flavor === 'pyfunc' ? 'mlflow.pyfunc.model' : `mlflow.${flavor}`;
}

interface ModelInfoData {
  readonly logged: LoggedModel;
  /** The active run when it was logged; None when logged outside a run (3.x starts no run). */
  readonly runId: string | null;
  readonly location: string;
  readonly registeredVersion: number | null;
  readonly loaderModule: string;
}

/** `mlflow.models.model.ModelInfo`: the metadata log_model returns (no custom repr in MLflow). */
export const ModelInfoClass = nativeClass({
  name: 'ModelInfo',
  module: 'mlflow.models.model',
  properties: {
    artifact_path: { get: (s) => info(s).location },
    flavors: { get: (s) => pyDict([['python_function', pyDict([['loader_module', info(s).loaderModule]])]]) },
    model_uri: { get: (s) => `models:/${info(s).logged.modelId}` },
    model_uuid: { get: (s) => info(s).logged.modelId.slice(2) },
    model_id: { get: (s) => info(s).logged.modelId },
    run_id: { get: (s) => info(s).runId },
    name: { get: (s) => info(s).logged.name },
    registered_model_version: {
      get: (s) => (info(s).registeredVersion === null ? null : BigInt(info(s).registeredVersion as number)),
    },
    signature: { get: () => null },
    saved_input_example_info: { get: () => null },
    metadata: { get: () => null },
    mlflow_version: { get: () => '3.6.0' },
    creation_timestamp: { get: (s) => BigInt(info(s).logged.creationTimestamp) },
    utc_time_created: {
      get: (s) => new Date(info(s).logged.creationTimestamp).toISOString().replace('T', ' ').replace('Z', '000'),
    },
  },
  methods: {
    __repr__: {
      sig: 'self',
      impl: (a, ctx) => `<mlflow.models.model.ModelInfo object at 0x${ctx.ids.of(a.self as PyObject).toString(16)}>`,
    },
  },
});

function info(self: PyObject): ModelInfoData {
  return self.payload as ModelInfoData;
}

/**
 * MLflow 3.x logs a model outside any run when none is active (Model.log keeps run_id None). The
 * registry links every LoggedModel to a run, so such a model gets a run of its own that is ended at
 * once: no run stays active and ModelInfo.run_id stays None, as in MLflow.
 */
function logOutsideOrInRun(
  session: MlflowSession,
  activeRunId: string | null,
  name: string | null,
  flavor: string,
): LoggedModel {
  const env = session.env;
  if (activeRunId !== null)
    return run(env, registry.logModel(env.registry, env.sources, { runId: activeRunId, name, flavor }));
  const holder = run(env, registry.createRun(env.registry, env.sources, { experimentId: session.experimentId }));
  session.holderRuns.add(holder.runId);
  const logged = run(env, registry.logModel(env.registry, env.sources, { runId: holder.runId, name, flavor }));
  run(env, registry.endRun(env.registry, env.sources, { runId: holder.runId }));
  return logged;
}

/** One flavor's `log_model`. */
function logModelFunction(
  session: MlflowSession,
  fluent: Fluent,
  flavor: string,
  sig: string,
  modelParam: string,
): PyNativeFunction {
  const env = session.env;
  const loaderModule = loaderModuleOf(flavor);
  return nativeFunction('log_model', sig, (a, ctx) => {
    const name = optionalText(a.name, ctx);
    const artifactPath = optionalText(a.artifact_path, ctx);
    if (name !== null && artifactPath !== null) {
      throw new PyRaise(
        exceptionFor({
          kind: 'mlflow',
          message:
            'Both `artifact_path` (deprecated) and `name` parameters were specified. Please only specify `name`.',
          errorCode: 'INVALID_PARAMETER_VALUE',
        }),
      );
    }
    if (artifactPath !== null)
      logLine(ctx, 'WARNING', 'mlflow.models.model', '`artifact_path` is deprecated. Please use `name` instead.');
    // Model.log: `name = name or artifact_path`; with neither the LoggedModel gets a random name.
    const logged = logOutsideOrInRun(session, fluent.activeRunId(), name ?? artifactPath, flavor);
    const modelObject = a[modelParam] ?? null;
    if (modelObject !== null) session.modelObjects.set(logged.modelId, modelObject);
    let registeredVersion: number | null = null;
    const registeredName = optionalText(a.registered_model_name, ctx);
    if (registeredName !== null) {
      registeredVersion = fluent.registerModel(
        ctx,
        `models:/${logged.modelId}`,
        registeredName,
        tagsArg(a.tags, ctx),
        intArg(a.await_registration_for),
      ).version;
    }
    return newObject(ModelInfoClass, {
      logged,
      runId: fluent.activeRunId(),
      location: loggedModelLocation(env.registry, logged.modelId),
      registeredVersion,
      loaderModule,
    } satisfies ModelInfoData);
  });
}

/** `log_model` for each flavor module. */
export function logModelFunctions(session: MlflowSession, fluent: Fluent): Record<string, PyNativeFunction> {
  const out: Record<string, PyNativeFunction> = {};
  for (const [flavor, first] of Object.entries(FLAVORS)) {
    out[flavor] = logModelFunction(session, fluent, flavor, `${first}, artifact_path=None, ${COMMON}`, first);
  }
  out.pyfunc = logModelFunction(session, fluent, 'pyfunc', PYFUNC_SIG, 'python_model');
  return out;
}

// ---- loading -------------------------------------------------------------------------------

interface LoadedModel {
  readonly uri: string;
  readonly runId: string | null;
  readonly modelId: string | null;
  readonly loaderModule: string;
  readonly artifactPath: string;
  /** The trained artifact (src/engine/predict.ts): the same model answers the same everywhere. */
  readonly artifact: string;
  /** The snippet's own model object, when it has a `predict` to call. */
  readonly predictor: PyValue;
}

/** `mlflow.models.Model` metadata of a loaded model (`model.metadata.run_id`). */
const ModelMetadataClass = nativeClass({
  name: 'Model',
  module: 'mlflow.models.model',
  properties: {
    run_id: { get: (s) => (s.payload as LoadedModel).runId },
    model_id: { get: (s) => (s.payload as LoadedModel).modelId },
    artifact_path: { get: (s) => (s.payload as LoadedModel).artifactPath },
    flavors: {
      get: (s) => pyDict([['python_function', pyDict([['loader_module', (s.payload as LoadedModel).loaderModule]])]]),
    },
  },
});

/** Rows of numbers from list-of-lists, a flat list, or a dict of columns (a DataFrame's shape). */
function rows(data: PyValue, ctx: NativeContext): number[][] {
  const num = (v: PyValue): number =>
    typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0;
  if (data instanceof PyList || data instanceof PyTuple) {
    return data.items.map((r) => (r instanceof PyList || r instanceof PyTuple ? r.items.map(num) : [num(r)]));
  }
  if (data instanceof PyDict) {
    const cols = [...data.map.values()].map(([, v]) =>
      v instanceof PyList || v instanceof PyTuple ? v.items.map(num) : [num(v)],
    );
    const n = Math.max(0, ...cols.map((c) => c.length));
    return Array.from({ length: n }, (_, i) => cols.map((c) => c[i] ?? 0));
  }
  void ctx;
  return [[num(data)]];
}

/**
 * `PyFuncModel`: `predict` returns one number per input row, a fixed linear function of the row
 * whose weights come from the model's identity, so a lesson's output replays byte for byte.
 */
const PyFuncModelClass = nativeClass({
  name: 'PyFuncModel',
  module: 'mlflow.pyfunc',
  properties: {
    metadata: { get: (s) => newObject(ModelMetadataClass, s.payload) },
    loader_module: { get: (s) => (s.payload as LoadedModel).loaderModule },
    model_id: { get: (s) => (s.payload as LoadedModel).modelId },
  },
  methods: {
    predict: {
      sig: 'self, data, params=None',
      impl: (a, ctx) => {
        const m = (a.self as PyObject).payload as LoadedModel;
        if (m.predictor !== null) return callOwnPredict(ctx, m.predictor, a.data ?? null, m.loaderModule);
        return new PyList(rows(a.data ?? null, ctx).map((r) => predictRow(m.artifact, r)));
      },
    },
    __repr__: {
      sig: 'self',
      impl: (a) => {
        // yaml.safe_dump({"mlflow.pyfunc.loaded_model": info}) with sorted keys (mlflow/pyfunc/__init__.py).
        const m = (a.self as PyObject).payload as LoadedModel;
        const lines = [
          'mlflow.pyfunc.loaded_model:',
          `  artifact_path: ${m.artifactPath}`,
          `  flavor: ${m.loaderModule}`,
        ];
        if (m.runId !== null) lines.push(`  run_id: ${m.runId}`);
        return lines.join('\n') + '\n';
      },
    },
  },
});

/** `mlflow.pyfunc.load_model(model_uri)`: resolves every URI form through the registry (facts §5). */
export function loadModelFunction(session: MlflowSession): PyNativeFunction {
  const env = session.env;
  return nativeFunction(
    'load_model',
    'model_uri, suppress_warnings=False, dst_path=None, model_config=None',
    (a, ctx) => {
      const uri = strValue(a.model_uri ?? null, ctx);
      const resolved = run(env, registry.resolveModelUri(env.registry, uri));
      let logged: LoggedModel | undefined;
      let runId: string | null = null;
      if (resolved.kind === 'logged-model') {
        logged = env.registry.loggedModels[resolved.modelId];
        runId = resolved.runId;
      } else {
        const mv = run(env, registry.getModelVersion(env.registry, resolved.name, resolved.version));
        runId = mv.runId;
        const id = /^models:\/(m-[0-9a-f]+)$/.exec(mv.source)?.[1];
        logged = id ? env.registry.loggedModels[id] : undefined;
      }
      const loaded: LoadedModel = {
        uri,
        runId,
        modelId: logged?.modelId ?? null,
        loaderModule: loaderModuleOf(logged?.flavor ?? 'sklearn'),
        artifactPath: logged ? loggedModelLocation(env.registry, logged.modelId) : uri,
        predictor: logged ? ownPredict(ctx, session.modelObjects.get(logged.modelId) ?? null) : null,
        artifact: artifactKey(env.registry, resolved),
      };
      return newObject(PyFuncModelClass, loaded);
    },
  );
}

/** The object's bound `predict`, if the snippet's model has one (getattr without raising). */
function ownPredict(ctx: NativeContext, obj: PyValue): PyValue {
  if (obj === null) return null;
  try {
    return ctx.getattr(obj, 'predict');
  } catch (e) {
    if (e instanceof PyRaise) return null;
    throw e;
  }
}

/**
 * A `PythonModel.predict(self, context, model_input, params=None)` gets `context=None` first (the
 * pyfunc wrapper passes its context); any other model's `predict(X)` gets the data alone.
 */
function callOwnPredict(ctx: NativeContext, predict: PyValue, data: PyValue, loaderModule: string): PyValue {
  const fn = predict instanceof PyBoundMethod ? predict.fn : null;
  const params =
    fn instanceof PyFunction ? fn.signature.params.filter((p) => p.kind === 'positional').map((p) => p.name) : [];
  const wantsContext = loaderModule === 'mlflow.pyfunc.model' && params.length >= 3 && params[1] === 'context';
  return ctx.call(predict, wantsContext ? [null, data] : [data]);
}

/**
 * `mlflow.<flavor>.load_model(model_uri, dst_path=None)` gives back the framework's own object:
 * the very object the snippet logged, when it was a real one; otherwise (a placeholder such as
 * `sk_model=None`) the pyfunc view, so `.predict` still answers.
 */
export function flavorLoadModelFunction(session: MlflowSession, pyfuncLoad: PyNativeFunction): PyNativeFunction {
  return nativeFunction('load_model', 'model_uri, dst_path=None, **kwargs', (a, ctx) => {
    const loaded = ctx.call(pyfuncLoad, [a.model_uri ?? null]) as PyObject;
    const id = (loaded.payload as LoadedModel).modelId;
    const own = id ? (session.modelObjects.get(id) ?? null) : null;
    return own ?? loaded;
  });
}
