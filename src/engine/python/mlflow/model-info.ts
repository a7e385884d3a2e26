// `mlflow.models.get_model_info(model_uri)` (mlflow/models/model.py): reads the MLmodel behind any
// model URI and returns its ModelInfo. As recorded on the oracle, `model_uri` is always the
// LoggedModel's `models:/m-<id>` (whatever URI was asked), and `registered_model_version` is None:
// the MLmodel file does not know which registered versions point at it.
import { nativeFunction, newObject } from '../native.ts';
import type { PyNativeFunction } from '../values.ts';
import * as registry from '../../registry/index.ts';
import { artifactKey } from '../../predict.ts';
import { run, strValue } from './convert.ts';
import { raiseMlflow } from './exceptions.ts';
import { ModelInfoClass } from './flavors.ts';
import type { MlflowSession } from './session.ts';
import { loggedModelLocation } from './session.ts';

export function getModelInfoFunction(session: MlflowSession): PyNativeFunction {
  const env = session.env;
  return nativeFunction('get_model_info', 'model_uri', (a, ctx) => {
    const uri = strValue(a.model_uri ?? null, ctx);
    const resolved = run(env, registry.resolveModelUri(env.registry, uri));
    const id = artifactKey(env.registry, resolved);
    const logged = Object.hasOwn(env.registry.loggedModels, id) ? env.registry.loggedModels[id] : undefined;
    if (!logged)
      return raiseMlflow({
        kind: 'mlflow',
        message: `Could not find an "MLmodel" configuration file at "${uri}"`,
        errorCode: 'RESOURCE_DOES_NOT_EXIST',
      });
    return newObject(ModelInfoClass, {
      logged,
      runId: logged.runId !== null && session.holderRuns.has(logged.runId) ? null : logged.runId,
      location: loggedModelLocation(env.registry, logged.modelId),
      registeredVersion: null,
      loaderModule: logged.flavor === 'pyfunc' ? 'mlflow.pyfunc.model' : `mlflow.${logged.flavor}`,
    });
  });
}
