// `MlflowClient.copy_model_version` binding: the registry operation (src/engine/registry/copy.ts)
// plus the lines the store prints with `eprint` (mlflow/store/model_registry/abstract_store.py).
import type { NativeContext } from '../native.ts';
import { pyError } from '../errors.ts';
import { ValueError } from '../classes.ts';
import type { PyValue } from '../values.ts';
import type { SimEnv } from '../../env.ts';
import { copyModelVersion, isLoggedModelUri } from '../../registry/copy.ts';
import { run, textArg } from './convert.ts';
import { modelVersionObject } from './entities.ts';
import { eprint } from './warnings.ts';

export function copyModelVersionMethod(a: Record<string, PyValue>, ctx: NativeContext, env: SimEnv): PyValue {
  // MLflow formats the URI into its message with an f-string: None shows as 'None'.
  const srcUri = a.src_model_uri === null || a.src_model_uri === undefined ? 'None' : textArg(a.src_model_uri, ctx);
  const dstName = textArg(a.dst_name ?? null, ctx);
  // get_model_name_and_version returns `(model_id,)` for `models:/m-...`, and the client's
  // `src_name, src_version = ...` fails before any MLflow check (recorded on the oracle).
  if (/^models:/i.test(srcUri) && isLoggedModelUri(srcUri))
    throw pyError(ValueError, 'not enough values to unpack (expected 2, got 1)');
  const copied = run(env, copyModelVersion(env.registry, env.sources, { srcUri, dstName }));
  if (copied.createdModel) eprint(ctx, `Successfully registered model '${copied.copy.name}'.`);
  else eprint(ctx, `Registered model '${dstName}' already exists. Creating a new version of this model...`);
  eprint(
    ctx,
    `Copied version '${copied.source.version}' of model '${copied.source.name}' to version '${copied.copy.version}' of model '${copied.copy.name}'.`,
  );
  return modelVersionObject(copied.copy);
}
