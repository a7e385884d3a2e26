import { describe, expect, test } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  createModelVersion,
  createRun,
  deleteModelVersion,
  EMPTY_REGISTRY,
  logModel,
  parseModelUri,
  resolveModelUri,
  setAlias,
} from '../../../src/engine/registry/index.ts';
import { expectError, ok, registry } from './helpers.ts';

const IMPROPER = (uri: string) =>
  `Not a proper models:/ URI: ${uri}. Models URIs must be of the form 'models:/name/suffix' or 'models:/name@alias' where suffix is a version, stage, or the string 'latest' and where alias is a registered model alias. Only one of suffix or alias can be defined at a time.`;

describe('parseModelUri (facts §5)', () => {
  test.each([
    ['models:/my-model/3', { kind: 'version', name: 'my-model', version: '3' }],
    ['models:/my-model/latest', { kind: 'latest', name: 'my-model' }],
    ['models:/my-model/LATEST', { kind: 'latest', name: 'my-model' }],
    ['models:/my-model/Latest', { kind: 'latest', name: 'my-model' }],
    ['models:/my-model/production', { kind: 'stage', name: 'my-model', stage: 'production' }],
    ['models:/my-model/None', { kind: 'stage', name: 'my-model', stage: 'None' }],
    ['models:/my-model@champion', { kind: 'alias', name: 'my-model', alias: 'champion' }],
    // Split on the last @.
    ['models:/a@b@c', { kind: 'alias', name: 'a@b', alias: 'c' }],
    // Edge parses from the facts: stage 'Stage@Alias', and name 'Name@Alias'.
    ['models:/Name/Stage@Alias', { kind: 'stage', name: 'Name', stage: 'Stage@Alias' }],
    ['models:/Name@Alias/Stage', { kind: 'stage', name: 'Name@Alias', stage: 'Stage' }],
    ['models:/m-0123456789abcdef0123456789abcdef', { kind: 'model-id', modelId: 'm-0123456789abcdef0123456789abcdef' }],
    ['runs:/abc123/model', { kind: 'run', runId: 'abc123', artifactPath: 'model' }],
    ['runs:/abc123/sub/model', { kind: 'run', runId: 'abc123', artifactPath: 'sub/model' }],
    ['runs:/abc123', { kind: 'run', runId: 'abc123', artifactPath: null }],
  ])('%s', (uri, parsed) => {
    expect(parseModelUri(uri)).toEqual(parsed);
  });

  test.each([
    'models:/Name/Stage/0',
    'models:/Name/',
    'models:/Name@',
    'models:Name/Stage',
    'models:/',
    'models:',
    'model:/Name/1',
    'Name/1',
    'models:/ /1',
  ])('%s is not a proper models:/ URI (INTERNAL_ERROR)', (uri) => {
    expect(parseModelUri(uri)).toMatchObject({ kind: 'mlflow', message: IMPROPER(uri), errorCode: 'INTERNAL_ERROR' });
  });

  // Which of _parse_model_uri's checks raised (mlflow/store/artifact/utils/models.py, in order):
  // `mlflow models serve` ends its traceback at that check's line.
  test.each([
    ['model:/Name/1', 'uri-scheme'],
    ['models:Name/Stage', 'uri-path'],
    ['models:/', 'uri-path'],
    ['models://host', 'uri-path'],
    ['models:/Name/Stage/0', 'uri-parts'],
    ['models:/ /1', 'uri-parts'],
    ['models:/Name/', 'uri-suffix'],
    ['models:/Name@', 'uri-alias'],
  ])('%s fails the %s check', (uri, check) => {
    expect(parseModelUri(uri)).toMatchObject({ kind: 'mlflow', check });
  });

  test.each(['runs:', 'runs:/', 'runs://'])('%s is not a proper runs:/ URI', (uri) => {
    expect(parseModelUri(uri)).toEqual({
      kind: 'mlflow',
      check: 'runs-uri',
      message: `Not a proper runs:/ URI: ${uri}. Runs URIs must be of the form 'runs:/<run_id>/run-relative/path/to/artifact'`,
      errorCode: 'INTERNAL_ERROR',
    });
  });
});

describe('resolveModelUri: registry URIs (facts §5)', () => {
  const version = (r: ReturnType<typeof resolveModelUri>) => {
    const v = ok(r).value;
    return v.kind === 'version' ? v.version : v.modelId;
  };

  test.each([
    [['None', 'Staging', 'Production', 'Archived'], 'models:/my-model/2', 2],
    [['None', 'Staging', 'Production', 'Archived'], 'models:/my-model/Production', 3],
    [['None', 'Staging', 'Production', 'Archived'], 'models:/my-model/production', 3],
    [['None', 'Staging', 'Production', 'Archived'], 'models:/my-model/none', 1],
    // latest is the highest version in any stage, Archived included.
    [['None', 'Staging', 'Production', 'Archived'], 'models:/my-model/latest', 4],
    [['Production', 'Production', 'None'], 'models:/my-model/Production', 2],
    // An archived version still loads by number.
    [['Archived'], 'models:/my-model/1', 1],
  ] as const)('%j: %s -> v%i', (stages, uri, v) => {
    const { state } = registry(stages);
    expect(version(resolveModelUri(state, uri))).toBe(v);
  });

  test.each([
    [
      'models:/my-model/Production',
      "No versions of model with name 'my-model' and stage 'Production' found",
      'INTERNAL_ERROR',
    ],
    // The stage is echoed as typed.
    [
      'models:/my-model/production',
      "No versions of model with name 'my-model' and stage 'production' found",
      'INTERNAL_ERROR',
    ],
    [
      'models:/my-model/Prod',
      'Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.',
      'INVALID_PARAMETER_VALUE',
    ],
    ['models:/my-model/7', 'Model Version (name=my-model, version=7) not found', 'RESOURCE_DOES_NOT_EXIST'],
    // _get_model_uri_infos -> MlflowClient.get_model_version_download_uri -> _raise_if_prompt (facts §2.2)
    ['models:/other/1', 'Registered Model with name=other not found', 'RESOURCE_DOES_NOT_EXIST'],
    ['models:/other/Production', 'Registered Model with name=other not found', 'RESOURCE_DOES_NOT_EXIST'],
    ['models:/other/latest', 'Registered Model with name=other not found', 'RESOURCE_DOES_NOT_EXIST'],
    ['models:/my-model@champion', 'Registered model alias champion not found.', 'INVALID_PARAMETER_VALUE'],
    ['models:/my-model/Stage/0', IMPROPER('models:/my-model/Stage/0'), 'INTERNAL_ERROR'],
    ['models:/m-deadbeef', "Logged model with ID 'm-deadbeef' not found.", 'RESOURCE_DOES_NOT_EXIST'],
  ] as const)('%s -> %s', (uri, message, code) => {
    const { state } = registry(['None', 'Staging']);
    expectError(resolveModelUri(state, uri), message, code);
  });

  test("/latest on a model with no versions: No versions of model with name 'X' found", () => {
    const { state } = registry([]);
    expectError(
      resolveModelUri(state, 'models:/my-model/latest'),
      "No versions of model with name 'my-model' found",
      'INTERNAL_ERROR',
    );
  });

  test('a deleted version is not found by number', () => {
    const { state, src } = registry(['None', 'None']);
    const s = ok(deleteModelVersion(state, src, { name: 'my-model', version: 2 })).state;
    expectError(
      resolveModelUri(s, 'models:/my-model/2'),
      'Model Version (name=my-model, version=2) not found',
      'RESOURCE_DOES_NOT_EXIST',
    );
    expect(version(resolveModelUri(s, 'models:/my-model/latest'))).toBe(1);
  });

  test('alias URIs follow the alias, and @latest uses the 3.3 rule', () => {
    const { state, src } = registry(['Production', 'None']);
    const s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 2 })).state;
    expect(version(resolveModelUri(s, 'models:/my-model@champion'))).toBe(2);
    expect(version(resolveModelUri(s, 'models:/my-model@latest'))).toBe(1);
  });
});

describe('resolveModelUri: logged models and runs (facts §2.6, §5)', () => {
  const world = () => {
    const src = deterministicSources(5);
    const run = ok(createRun(EMPTY_REGISTRY, src, {}));
    const lm = ok(logModel(run.state, src, { runId: run.value.runId, name: 'model', flavor: 'sklearn' }));
    return { state: lm.state, runId: run.value.runId, modelId: lm.value.modelId, src };
  };

  test('models:/m-<id> resolves to the LoggedModel and its run', () => {
    const { state, runId, modelId } = world();
    expect(modelId).toMatch(/^m-[0-9a-f]{32}$/);
    expect(ok(resolveModelUri(state, `models:/${modelId}`)).value).toEqual({ kind: 'logged-model', modelId, runId });
  });

  test('runs:/<run_id>/<name> resolves to the model logged under that name', () => {
    const { state, runId, modelId } = world();
    expect(ok(resolveModelUri(state, `runs:/${runId}/model`)).value).toEqual({ kind: 'logged-model', modelId, runId });
  });

  test('an unknown run: Run with id=... not found (mlflow/store/tracking/sqlalchemy_store.py::_get_run)', () => {
    const { state } = world();
    expectError(resolveModelUri(state, 'runs:/0123/model'), 'Run with id=0123 not found', 'RESOURCE_DOES_NOT_EXIST');
  });

  test('a path with no model (mlflow/store/artifact/runs_artifact_repo.py)', () => {
    const { state, runId } = world();
    expectError(
      resolveModelUri(state, `runs:/${runId}/other`),
      "Failed to download artifacts from path 'other', please ensure that the path is correct.",
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('a version registered from a logged model keeps its source and model id', () => {
    const { state, runId, modelId, src } = world();
    const { state: withModel } = registry([]);
    const merged = { ...state, models: withModel.models };
    const mv = ok(createModelVersion(merged, src, { name: 'my-model', source: `models:/${modelId}`, runId, modelId }));
    expect(mv.value).toMatchObject({ source: `models:/${modelId}`, runId, modelId, version: 1 });
  });
});
