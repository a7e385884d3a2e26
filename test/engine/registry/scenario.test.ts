import { describe, expect, test } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  buildScenario,
  buildScenarioResult,
  exportScenario,
  getModelVersion,
  latestVersions,
  resolveModelUri,
  ScenarioSpec,
  STAGES_LESSON_SCENARIO,
} from '../../../src/engine/registry/index.ts';
import { ok } from './helpers.ts';

describe('the stages lesson scenario', () => {
  test('my-model has versions 1, 2, 3 from three runs, all in stage None', () => {
    const s = buildScenario(STAGES_LESSON_SCENARIO, deterministicSources(1));
    const m = s.models['my-model'];
    expect(m?.versions.map((v) => [v.version, v.currentStage])).toEqual([
      [1, 'None'],
      [2, 'None'],
      [3, 'None'],
    ]);
    const runIds = m?.versions.map((v) => v.runId) ?? [];
    expect(new Set(runIds).size).toBe(3);
    for (const v of m?.versions ?? []) {
      // Registered the 3.x way: source models:/m-<id>, with the run and model id recorded.
      expect(v.source).toBe(`models:/${v.modelId}`);
      expect(s.runs[v.runId as string]?.status).toBe('FINISHED');
      expect(ok(resolveModelUri(s, `runs:/${v.runId}/model`)).value).toEqual({
        kind: 'logged-model',
        modelId: v.modelId,
        runId: v.runId,
      });
    }
  });

  test('is deterministic for a given seed', () => {
    const a = buildScenario(STAGES_LESSON_SCENARIO, deterministicSources(3));
    const b = buildScenario(STAGES_LESSON_SCENARIO, deterministicSources(3));
    expect(a).toEqual(b);
  });
});

describe('buildScenario', () => {
  const spec = {
    name: 'mixed',
    title: 'Mixed',
    models: [
      {
        name: 'fraud',
        description: 'fraud detector',
        tags: { team: 'risk' },
        versions: [
          {
            stage: 'production',
            aliases: ['champion'],
            run: { params: { depth: 3 }, metrics: { auc: 0.9 }, runName: 'first' },
          },
          { stage: 'Staging', tags: { validated: 'yes' }, description: 'candidate', flavor: 'xgboost' },
          { deleted: true },
          { aliases: ['challenger', 'newest'] },
        ],
      },
    ],
  };

  test('replays stages, aliases, tags, descriptions, deletions and runs', () => {
    const s = buildScenario(spec, deterministicSources(2));
    expect(ok(latestVersions(s, 'fraud')).value.map((v) => [v.currentStage, v.version, v.aliases])).toEqual([
      ['Production', 1, ['champion']],
      ['Staging', 2, []],
      ['None', 4, ['challenger', 'newest']],
    ]);
    expect(ok(getModelVersion(s, 'fraud', 2)).value).toMatchObject({
      description: 'candidate',
      tags: { validated: 'yes' },
    });
    expect(s.models['fraud']?.versions[2]?.currentStage).toBe('Deleted_Internal');
    const run1 = s.runs[s.models['fraud']?.versions[0]?.runId as string];
    expect(run1).toMatchObject({ runName: 'first', params: { depth: '3' }, metrics: { auc: 0.9 } });
  });

  test('exportScenario gives a spec that rebuilds the same registry shape', () => {
    const s = buildScenario(spec, deterministicSources(2));
    const exported = exportScenario(s, { name: 'mixed', title: 'Mixed' });
    expect(ScenarioSpec.safeParse(exported).success).toBe(true);
    const rebuilt = buildScenario(exported, deterministicSources(2));
    expect(rebuilt).toEqual(s);
  });

  test.each([
    [
      'a bad stage',
      { name: 'x', title: 'x', models: [{ name: 'm', versions: [{ stage: 'Prod' }] }] },
      /^Invalid scenario at models\.0\.versions\.0\.stage: stage must be one of/,
    ],
    [
      'a reserved alias',
      { name: 'x', title: 'x', models: [{ name: 'm', versions: [{ aliases: ['latest'] }] }] },
      /^Scenario 'x', model 'm' version 1 alias 'latest': 'latest' alias name \(case insensitive\) is reserved\.$/,
    ],
    [
      'a duplicate model',
      { name: 'x', title: 'x', models: [{ name: 'm' }, { name: 'm' }] },
      /^Scenario 'x', model 'm': Registered Model \(name=m\) already exists\.$/,
    ],
    ['no title', { name: 'x', models: [] }, /^Invalid scenario at title/],
  ])('%s is reported clearly', (_l, bad, message) => {
    const r = buildScenarioResult(bad, deterministicSources(1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    expect(() => buildScenario(bad as never, deterministicSources(1))).toThrow(message);
  });
});
