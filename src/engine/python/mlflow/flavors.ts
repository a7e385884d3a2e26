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
import { mlflowFrame, tracingWrapperFrame } from './client-frames.ts';
import type { Fluent } from './fluent.ts';
import type { MlflowSession } from './session.ts';
import { loggedModelLocation } from './session.ts';
import { logLine } from './warnings.ts';
import { estimatorObject, fittedEstimatorOf } from '../sklearn/index.ts';
import { predictEstimator, pythonLabel } from '../../estimators.ts';
import type { FittedEstimator } from '../../estimators.ts';
import { rememberLoggedModel } from './logged-model.ts';

type LoggedModelExtras = Pick<Parameters<typeof registry.logModel>[2], 'estimator' | 'params' | 'tags'>;
import { sklearnFlavors, warnAboutSignature } from './sklearn-model.ts';

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

/**
 * Each flavor's `log_model` signature as MLflow 3.6 spells it (mlflow/<flavor>/__init__.py), so a
 * misspelt keyword is the same TypeError; sklearn, tensorflow and pyfunc take no `**kwargs`.
 */
const AWAIT = 'await_registration_for=300';
const TAIL = 'metadata=None, name=None, params=None, tags=None, model_type=None, step=0, model_id=None';
const SIGNATURES: Readonly<Record<string, string>> = {
  sklearn:
    `sk_model, artifact_path=None, conda_env=None, code_paths=None, serialization_format='cloudpickle', ` +
    `registered_model_name=None, signature=None, input_example=None, ${AWAIT}, pip_requirements=None, ` +
    "extra_pip_requirements=None, pyfunc_predict_fn='predict', metadata=None, params=None, tags=None, " +
    'model_type=None, step=0, model_id=None, name=None',
  pytorch:
    'pytorch_model, artifact_path=None, conda_env=None, code_paths=None, pickle_module=None, ' +
    `registered_model_name=None, signature=None, input_example=None, ${AWAIT}, extra_files=None, ` +
    `pip_requirements=None, extra_pip_requirements=None, ${TAIL}, **kwargs`,
  tensorflow:
    'model, artifact_path=None, custom_objects=None, conda_env=None, code_paths=None, signature=None, ' +
    `input_example=None, registered_model_name=None, ${AWAIT}, pip_requirements=None, ` +
    `extra_pip_requirements=None, saved_model_kwargs=None, keras_model_kwargs=None, ${TAIL}`,
  keras:
    'model, artifact_path=None, conda_env=None, code_paths=None, registered_model_name=None, signature=None, ' +
    `input_example=None, ${AWAIT}, pip_requirements=None, extra_pip_requirements=None, ${TAIL}, **kwargs`,
  xgboost:
    'xgb_model, artifact_path=None, conda_env=None, code_paths=None, registered_model_name=None, ' +
    `signature=None, input_example=None, ${AWAIT}, pip_requirements=None, extra_pip_requirements=None, ` +
    `model_format='ubj', ${TAIL}, **kwargs`,
  lightgbm:
    'lgb_model, artifact_path=None, conda_env=None, code_paths=None, registered_model_name=None, ' +
    `signature=None, input_example=None, ${AWAIT}, pip_requirements=None, extra_pip_requirements=None, ` +
    `${TAIL}, **kwargs`,
  transformers:
    'transformers_model, artifact_path=None, processor=None, task=None, torch_dtype=None, model_card=None, ' +
    `code_paths=None, registered_model_name=None, signature=None, input_example=None, ${AWAIT}, ` +
    'pip_requirements=None, extra_pip_requirements=None, conda_env=None, metadata=None, model_config=None, ' +
    'prompt_template=None, save_pretrained=True, prompts=None, name=None, params=None, tags=None, ' +
    'model_type=None, step=0, model_id=None, **kwargs',
};

/** pyfunc.log_model has no model object first: artifact_path leads (mlflow/pyfunc/__init__.py). */
const PYFUNC_SIG =
  'artifact_path=None, loader_module=None, data_path=None, code_paths=None, infer_code_paths=False, ' +
  'conda_env=None, python_model=None, artifacts=None, registered_model_name=None, signature=None, ' +
  `input_example=None, ${AWAIT}, pip_requirements=None, extra_pip_requirements=None, ` +
  'metadata=None, model_config=None, streamable=None, resources=None, auth_policy=None, prompts=None, ' +
  'name=None, params=None, tags=None, model_type=None, step=0, model_id=None';

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

/** A fitted simulated-sklearn model's flavors are MLflow's full MLmodel entries (sklearn-model.ts). */
function flavorsOf(data: ModelInfoData): PyValue {
  if (data.logged.estimator) return sklearnFlavors();
  return pyDict([['python_function', pyDict([['loader_module', data.loaderModule]])]]);
}

/** `mlflow.models.model.ModelInfo`: the metadata log_model returns (no custom repr in MLflow). */
export const ModelInfoClass = nativeClass({
  name: 'ModelInfo',
  module: 'mlflow.models.model',
  properties: {
    artifact_path: { get: (s) => info(s).location },
    flavors: { get: (s) => flavorsOf(info(s)) },
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
  extra: LoggedModelExtras = {},
): LoggedModel {
  const env = session.env;
  if (activeRunId !== null)
    return run(env, registry.logModel(env.registry, env.sources, { runId: activeRunId, name, flavor, ...extra }));
  const holder = run(env, registry.createRun(env.registry, env.sources, { experimentId: session.experimentId }));
  session.holderRuns.add(holder.runId);
  const logged = run(
    env,
    registry.logModel(env.registry, env.sources, { runId: holder.runId, name, flavor, ...extra }),
  );
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
    const modelObject = a[modelParam] ?? null;
    if (flavor === 'pyfunc' && modelObject === null && (a.loader_module ?? null) === null) {
      // mlflow/pyfunc/__init__.py save_model: neither way of saving a pyfunc model was given.
      const exc = exceptionFor({
        kind: 'mlflow',
        message:
          'Either `loader_module` or `python_model` must be specified. A `loader_module` should be a python ' +
          'module. A `python_model` should be a subclass of PythonModel',
        errorCode: 'INVALID_PARAMETER_VALUE',
      });
      exc.traceback.push(
        tracingWrapperFrame(616),
        mlflowFrame('pyfunc/__init__.py', 3600, 'log_model', 'return Model.log(', 7, 17),
        mlflowFrame(
          'models/model.py',
          1213,
          'log',
          'flavor.save_model(path=local_path, mlflow_model=mlflow_model, **kwargs)',
          -1,
          -1,
        ),
        tracingWrapperFrame(621),
        mlflowFrame(
          'pyfunc/__init__.py',
          3101,
          'save_model',
          'raise MlflowException(message=msg, error_code=INVALID_PARAMETER_VALUE)',
          -1,
          -1,
        ),
      );
      throw new PyRaise(exc);
    }
    if (flavor === 'pyfunc' && modelObject !== null) warnNoTypeHints(ctx, session);
    // Model.log: `name = name or artifact_path`; with neither the LoggedModel gets a random name.
    // A fitted simulated-sklearn estimator is stored with the LoggedModel (its model.pkl), so a
    // later program, the scoring server and pyfunc all predict with it.
    const estimator = flavor === 'sklearn' ? (fittedEstimatorOf(modelObject) ?? undefined) : undefined;
    // The LoggedModel's own tags: MLflow's source tags, then log_model's `tags=` (fluent.py
    // _create_logged_model / resolve_tags); `params=` are stored as strings.
    const tags = {
      'mlflow.source.name': ctx.callSite().filename,
      'mlflow.source.type': 'LOCAL',
      'mlflow.user': 'learner',
      ...(tagsArg(a.tags, ctx) ?? {}),
    };
    const params = tagsArg(a.params, ctx) ?? undefined;
    const logged = logOutsideOrInRun(session, fluent.activeRunId(), name ?? artifactPath, flavor, {
      estimator,
      tags,
      ...(params ? { params } : {}),
    });
    rememberLoggedModel(session, logged.modelId);
    // Without an input example the general warning below says so; with one that cannot be read
    // as rows of numbers, the inference failure is logged here.
    if (estimator && (a.input_example ?? null) !== null)
      warnAboutSignature(ctx, a.signature ?? null, a.input_example ?? null);
    if (modelObject !== null) session.modelObjects.set(logged.modelId, modelObject);
    // mlflow/sklearn/__init__.py save_model adds the python_function flavor only for a model that
    // has `predict` (pyfunc_predict_fn); `sk_model=None` is logged without it.
    if (flavor === 'sklearn' && ownPredict(ctx, modelObject) === null) {
      logLine(
        ctx,
        'WARNING',
        'mlflow.sklearn',
        'Model was missing function: predict. Not logging python_function flavor!',
      );
      session.withoutPyfunc.add(logged.modelId);
    }
    // Model.log (mlflow/models/model.py): no signature and nothing to infer one from (in red).
    if ((a.signature ?? null) === null && (a.input_example ?? null) === null) {
      logLine(
        ctx,
        'WARNING',
        'mlflow.models.model',
        'Model logged without a signature and input example. Please set `input_example` parameter when ' +
          'logging the model to auto infer the model signature.',
      );
    }
    let registeredVersion: number | null = null;
    const registeredName = optionalText(a.registered_model_name, ctx);
    if (registeredName !== null) {
      registeredVersion = fluent.registerModel(
        ctx,
        `models:/${logged.modelId}`,
        registeredName,
        // log_model's `tags` belong to the LoggedModel (Model.log); the new version starts untagged.
        null,
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
    out[flavor] = logModelFunction(session, fluent, flavor, SIGNATURES[flavor] ?? `${first}, **kwargs`, first);
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
  /** The fitted sklearn model stored with the LoggedModel (predicts in any program). */
  readonly estimator?: FittedEstimator;
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
        const est = m.estimator;
        if (est) return new PyList(predictEstimator(est, rows(a.data ?? null, ctx)).map((l) => pythonLabel(est, l)));
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
        // A copy's source is the source version's URI: its artifact is that version's LoggedModel.
        const id = /^models:\/(m-[0-9a-f]+)$/.exec(mv.source)?.[1] ?? artifactKey(env.registry, resolved);
        logged = Object.hasOwn(env.registry.loggedModels, id) ? env.registry.loggedModels[id] : undefined;
      }
      if (logged && session.withoutPyfunc.has(logged.modelId)) {
        // mlflow/pyfunc/__init__.py load_model: the MLmodel file lists no python_function flavor.
        const exc = exceptionFor({
          kind: 'mlflow',
          message: 'Model does not have the "python_function" flavor',
          errorCode: 'RESOURCE_DOES_NOT_EXIST',
        });
        exc.traceback.push(
          tracingWrapperFrame(616),
          mlflowFrame('pyfunc/__init__.py', 1148, 'load_model', 'raise MlflowException(', -1, -1),
        );
        throw new PyRaise(exc);
      }
      const loaded: LoadedModel = {
        uri,
        runId,
        modelId: logged?.modelId ?? null,
        loaderModule: loaderModuleOf(logged?.flavor ?? 'sklearn'),
        artifactPath: logged ? loggedModelLocation(env.registry, logged.modelId) : uri,
        predictor: logged ? ownPredict(ctx, session.modelObjects.get(logged.modelId) ?? null) : null,
        artifact: artifactKey(env.registry, resolved),
        ...(logged?.estimator ? { estimator: logged.estimator } : {}),
      };
      return newObject(PyFuncModelClass, loaded);
    },
  );
}

/**
 * mlflow/pyfunc/utils/data_validation.py:186: a PythonModel whose `predict` has no type hints
 * (the simulator does not read annotations, so it always warns). A Python warning attributed to
 * MLflow's own file: shown once per process, like the default filter's once-per-location.
 */
const DATA_VALIDATION_PY = '/usr/local/lib/python3.11/site-packages/mlflow/pyfunc/utils/data_validation.py';
function warnNoTypeHints(ctx: NativeContext, session: MlflowSession): void {
  const key = `${DATA_VALIDATION_PY}:186`;
  if (session.innerWarnings.has(key)) return;
  session.innerWarnings.add(key);
  ctx.write(
    'stderr',
    `${DATA_VALIDATION_PY}:186: UserWarning: Add type hints to the \`predict\` method to enable data validation ` +
      'and automatic signature inference during model logging. Check ' +
      'https://mlflow.org/docs/latest/model/python_model.html#type-hint-usage-in-pythonmodel for more details.\n' +
      '  color_warning(\n',
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
    const payload = loaded.payload as LoadedModel;
    const id = payload.modelId;
    const own = id ? (session.modelObjects.get(id) ?? null) : null;
    // Another program logged it: unpickle the stored estimator, as mlflow.sklearn.load_model does.
    if (own === null && payload.estimator) return estimatorObject(payload.estimator);
    return own ?? loaded;
  });
}
