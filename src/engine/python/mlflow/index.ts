// The simulated `mlflow` package: `installMlflow(modules, env)` registers every module a snippet
// can import. Modules share one session (active runs, tracking URI) per interpreter, and one
// registry (the SimEnv) with the terminal and every other face of the engine.
import { getModelInfoFunction } from './model-info.ts';
import { loggedModelFunctions } from './tracking-search.ts';
import { LoggedModelClass } from './logged-model.ts';
import type { ModuleTable } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import { AttributeError, typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { PyList, PyRaise } from '../values.ts';
import * as registry from '../../registry/index.ts';
import type { PyClass, PyValue } from '../values.ts';
import type { SimEnv } from '../../env.ts';
import { makeClientClass } from './client.ts';
import { ModelVersionClass, PagedListClass, RegisteredModelClass } from './entities.ts';
import { ERROR_CODE_NUMBERS, ErrorCodeEnum, MlflowException, RestException, exceptionFor } from './exceptions.ts';
import { makeFluent } from './fluent.ts';
import { FLAVORS, ModelInfoClass, flavorLoadModelFunction, loadModelFunction, logModelFunctions } from './flavors.ts';
import { RunClass, RunDataClass, RunInfoClass } from './runs.ts';
import { ExperimentClass } from './experiments.ts';
import { newSession } from './session.ts';

/** `mlflow.__version__`: the 3.x line the facts describe (facts §0). */
export const MLFLOW_VERSION = '3.6.0';

/** `mlflow.pyfunc.PythonModel`: a base class learners subclass. */
const PythonModelClass = nativeClass({ name: 'PythonModel', module: 'mlflow.pyfunc.model' });

/**
 * mlflow/entities/model_registry/model_version_stages.py: the stage constants and
 * `get_canonical_stage`, which answers through the registry's own canonicalisation (facts §1).
 * Built per interpreter: the lists are mutable Python values.
 */
const stageConstants = (): Record<string, PyValue> => ({
  STAGE_NONE: 'None',
  STAGE_STAGING: 'Staging',
  STAGE_PRODUCTION: 'Production',
  STAGE_ARCHIVED: 'Archived',
  STAGE_DELETED_INTERNAL: 'Deleted_Internal',
  ALL_STAGES: new PyList([...registry.ALL_STAGES]),
  DEFAULT_STAGES_FOR_GET_LATEST_VERSIONS: new PyList([...registry.ACTIVE_STAGES]),
  get_canonical_stage: nativeFunction('get_canonical_stage', 'stage', (a) => {
    const stage = a.stage ?? null;
    if (typeof stage !== 'string')
      throw pyError(AttributeError, `'${typeName(stage)}' object has no attribute 'lower'`);
    const c = registry.canonicalStage(stage);
    if (!c.ok) throw new PyRaise(exceptionFor(c.error));
    return c.stage;
  }),
});

/** Where pip puts MLflow; the same prefix the simulator's tracebacks and warnings print. */
export const SITE_PACKAGES = '/usr/local/lib/python3.11/site-packages';

/** Modules that are packages in MLflow's source tree (a folder with `__init__.py`). */
const PACKAGES = new Set([
  'mlflow',
  'mlflow.tracking',
  'mlflow.entities',
  'mlflow.entities.model_registry',
  'mlflow.store',
  'mlflow.store.entities',
  'mlflow.models',
  'mlflow.protos',
]);

/**
 * `module.__file__` as CPython sets it, which its `ImportError: cannot import name 'X' from 'mlflow'
 * (/usr/local/lib/python3.11/site-packages/mlflow/__init__.py)` shows. Flavors are packages too.
 */
export function moduleFile(name: string): string {
  const path = name.replace(/\./g, '/');
  const isPackage =
    PACKAGES.has(name) || (name.split('.').length === 2 && name !== 'mlflow.client' && name !== 'mlflow.exceptions');
  return `${SITE_PACKAGES}/${path}${isPackage ? '/__init__.py' : '.py'}`;
}

export function installMlflow(modules: ModuleTable, env: SimEnv): void {
  const session = newSession(env);
  const fluent = makeFluent(session);
  const MlflowClient: PyClass = makeClientClass(session);
  const logModel = logModelFunctions(session, fluent);
  const loadModel = loadModelFunction(session);
  const flavorLoad = flavorLoadModelFunction(session, loadModel);

  const flavorModules = [...Object.keys(FLAVORS), 'pyfunc'];

  function build(name: string): Record<string, PyValue> {
    switch (name) {
      case 'mlflow':
        return { __version__: MLFLOW_VERSION, MlflowClient, ...fluent.functions, ...loggedModelFunctions(session) };
      case 'mlflow.tracking':
        return { MlflowClient };
      case 'mlflow.tracking.client':
      case 'mlflow.client':
        return { MlflowClient };
      case 'mlflow.exceptions':
        return { MlflowException, RestException };
      case 'mlflow.entities.model_registry.model_version_stages':
        return stageConstants();
      case 'mlflow.entities':
        return {
          Run: RunClass,
          RunInfo: RunInfoClass,
          RunData: RunDataClass,
          Experiment: ExperimentClass,
          LoggedModel: LoggedModelClass,
        };
      case 'mlflow.entities.model_registry':
        return { ModelVersion: ModelVersionClass, RegisteredModel: RegisteredModelClass };
      case 'mlflow.store.entities':
      case 'mlflow.store.entities.paged_list':
        return { PagedList: PagedListClass };
      case 'mlflow.models':
        return { ModelInfo: ModelInfoClass, get_model_info: getModelInfoFunction(session) };
      case 'mlflow.protos.databricks_pb2':
        return { ...ERROR_CODE_NUMBERS, ErrorCode: ErrorCodeEnum };
      case 'mlflow.pyfunc':
        return { log_model: logModel.pyfunc as PyValue, load_model: loadModel, PythonModel: PythonModelClass };
      default: {
        const flavor = name.slice('mlflow.'.length);
        const fn = logModel[flavor];
        return fn ? { log_model: fn, load_model: flavorLoad } : {};
      }
    }
  }

  const names = [
    'mlflow',
    'mlflow.tracking',
    'mlflow.tracking.client',
    'mlflow.client',
    'mlflow.exceptions',
    'mlflow.entities',
    'mlflow.entities.model_registry',
    'mlflow.entities.model_registry.model_version_stages',
    'mlflow.store',
    'mlflow.store.entities',
    'mlflow.store.entities.paged_list',
    'mlflow.models',
    'mlflow.protos',
    'mlflow.protos.databricks_pb2',
    ...flavorModules.map((f) => `mlflow.${f}`),
  ];
  // `import mlflow` makes these reachable at once, as MLflow's package __init__ does (it imports
  // tracking, exceptions, entities and models, and lazily loads every flavor).
  const eager: Record<string, readonly string[]> = {
    mlflow: [
      'mlflow.tracking',
      'mlflow.exceptions',
      'mlflow.entities',
      'mlflow.models',
      'mlflow.client',
      ...flavorModules.map((f) => `mlflow.${f}`),
    ],
    'mlflow.tracking': ['mlflow.tracking.client'],
    'mlflow.entities': ['mlflow.entities.model_registry'],
    'mlflow.entities.model_registry': ['mlflow.entities.model_registry.model_version_stages'],
  };
  for (const name of names) {
    modules.define(name, (m, ctx) => {
      m.dict.set('__file__', moduleFile(name));
      if (name !== 'mlflow.store' && name !== 'mlflow.protos')
        for (const [k, v] of Object.entries(build(name))) m.dict.set(k, v);
      for (const sub of eager[name] ?? []) ctx.importModule(sub);
    });
  }
}
