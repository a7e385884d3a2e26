// The client's entities as a local sqlite store returns them (facts §8, §2.2, §2.4).
import { describe, expect, test } from 'vitest';
import { getModelVersion, getRegisteredModel, latestVersions, setAlias } from '../../../src/engine/registry/index.ts';
import { ok, registry } from './helpers.ts';

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const properties = (o: object) => Object.keys(o).map(snake).sort();

describe('entity views carry every 3.x property (facts §8)', () => {
  test('ModelVersion', () => {
    const { state } = registry(['Staging']);
    expect(properties(ok(getModelVersion(state, 'my-model', 1)).value)).toEqual([
      'aliases',
      'creation_timestamp',
      'current_stage',
      'deployment_job_state',
      'description',
      'last_updated_timestamp',
      'metrics',
      'model_id',
      'name',
      'params',
      'run_id',
      'run_link',
      'source',
      'status',
      'status_message',
      'tags',
      'user_id',
      'version',
    ]);
  });

  test('RegisteredModel', () => {
    const { state } = registry(['Staging']);
    expect(properties(ok(getRegisteredModel(state, 'my-model')).value)).toEqual([
      'aliases',
      'creation_timestamp',
      'deployment_job_id',
      'deployment_job_state',
      'description',
      'last_updated_timestamp',
      'latest_versions',
      'name',
      'tags',
    ]);
  });

  test('the sqlite store never fills metrics, params, status_message or deployment state; version is an int', () => {
    const { state } = registry(['None']);
    expect(ok(getModelVersion(state, 'my-model', '1')).value).toMatchObject({
      version: 1,
      metrics: null,
      params: null,
      statusMessage: null,
      deploymentJobState: null,
      userId: null,
      runLink: null,
      currentStage: 'None',
    });
  });

  test('aliases: a dict on RegisteredModel, a list of names on ModelVersion; populated on latest versions in 3.x (facts §2.4)', () => {
    const { state, src } = registry(['Production', 'None']);
    let s = ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 })).state;
    s = ok(setAlias(s, src, { name: 'my-model', alias: 'stable', version: 1 })).state;
    const model = ok(getRegisteredModel(s, 'my-model')).value;
    expect(model.aliases).toEqual({ champion: 1, stable: 1 });
    expect(model.latestVersions.map((v) => v.aliases)).toEqual([['champion', 'stable'], []]);
    expect(ok(latestVersions(s, 'my-model', ['Production'])).value[0]?.aliases).toEqual(['champion', 'stable']);
  });

  test('a returned view is a snapshot: later writes do not change it (facts §2.6)', () => {
    const { state, src } = registry(['None']);
    const before = ok(getModelVersion(state, 'my-model', 1)).value;
    ok(setAlias(state, src, { name: 'my-model', alias: 'champion', version: 1 }));
    expect(before.aliases).toEqual([]);
  });
});
