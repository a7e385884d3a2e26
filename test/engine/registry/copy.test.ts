// copy_model_version as a registry operation: what the copy holds and the errors, as recorded on
// the oracle (MLflow 3.6.1.dev0, test/python/cases/mlflow/copy-model-version.py).
import { describe, expect, test } from 'vitest';
import { buildScenario, copyModelVersion, getRegisteredModel } from '../../../src/engine/registry/index.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';

function start() {
  const sources = deterministicSources(1);
  const state = buildScenario(
    {
      name: 'c',
      title: 'c',
      models: [
        { name: 'dev.fraud', versions: [{ tags: { validated: 'yes' }, description: 'ok', aliases: ['champion'] }, {}] },
      ],
    },
    sources,
  );
  return { state, sources };
}

describe('copyModelVersion', () => {
  test.each([
    ['models:/dev.fraud/1', 1],
    ['models:/dev.fraud@champion', 1],
    ['models:/dev.fraud/latest', 2],
    ['MODELS:/dev.fraud/2', 2],
  ])('%s copies version %i into a new model', (srcUri, version) => {
    const { state, sources } = start();
    const r = copyModelVersion(state, sources, { srcUri, dstName: 'prod.fraud' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.createdModel).toBe(true);
    expect(r.value.copy).toMatchObject({
      name: 'prod.fraud',
      version: 1,
      source: `models:/dev.fraud/${version}`,
      currentStage: 'None',
      aliases: [],
      runId: r.value.source.runId,
      tags: r.value.source.tags,
      description: r.value.source.description,
    });
    const again = copyModelVersion(r.state, sources, { srcUri, dstName: 'prod.fraud' });
    expect(again.ok && [again.value.createdModel, again.value.copy.version]).toEqual([false, 2]);
    expect(getRegisteredModel(r.state, 'prod.fraud').ok).toBe(true);
  });

  test.each([
    [
      'runs:/abc/model',
      "Unsupported source model URI: 'runs:/abc/model'. The `copy_model_version` API only copies models stored in the 'models:/' scheme.",
    ],
    [
      'dev.fraud/1',
      "Unsupported source model URI: 'dev.fraud/1'. The `copy_model_version` API only copies models stored in the 'models:/' scheme.",
    ],
    [
      'models:/dev.fraud/7',
      "Failed to fetch model version from source model URI: 'models:/dev.fraud/7'. Error: Model Version (name=dev.fraud, version=7) not found",
    ],
    [
      'models:/nope/1',
      "Failed to fetch model version from source model URI: 'models:/nope/1'. Error: Model Version (name=nope, version=1) not found",
    ],
    [
      'models:/dev.fraud@nope',
      "Failed to fetch model version from source model URI: 'models:/dev.fraud@nope'. Error: Registered model alias nope not found.",
    ],
    [
      'models:/dev.fraud/Production',
      "Failed to fetch model version from source model URI: 'models:/dev.fraud/Production'. Error: No versions of model with name 'dev.fraud' and stage 'Production' found",
    ],
  ])('%s fails and changes nothing', (srcUri, message) => {
    const { state, sources } = start();
    const r = copyModelVersion(state, sources, { srcUri, dstName: 'prod.fraud' });
    expect(r.ok ? null : [r.error.message, r.error.kind === 'mlflow' ? r.error.errorCode : r.error.kind]).toEqual([
      message,
      'INTERNAL_ERROR',
    ]);
    expect(getRegisteredModel(state, 'prod.fraud').ok).toBe(false);
  });
});
