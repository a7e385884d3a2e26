import { describe, expect, test } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  createRun,
  EMPTY_REGISTRY,
  endRun,
  friendlyRunName,
  logMetric,
  logModel,
  logParam,
  setRunTag,
} from '../../../src/engine/registry/index.ts';
import type { Result } from '../../../src/engine/registry/index.ts';
import { expectError, ok } from './helpers.ts';

const started = () => {
  const src = deterministicSources(9);
  const r = ok(createRun(EMPTY_REGISTRY, src, {}));
  return { src, state: r.state, run: r.value };
};

describe('runs', () => {
  test('createRun: a 32-hex id, RUNNING, experiment 0, and a friendly name', () => {
    const { run } = started();
    expect(run.runId).toMatch(/^[0-9a-f]{32}$/);
    expect(run).toMatchObject({
      experimentId: '0',
      status: 'RUNNING',
      endTime: null,
      params: {},
      metrics: {},
      loggedModels: {},
    });
    expect(run.runName).toMatch(/^[a-z]+-[a-z]+-\d{1,3}$/);
    expect(run.runName).toBe(friendlyRunName(run.runId));
  });

  test('an explicit run name is kept', () => {
    const r = ok(createRun(EMPTY_REGISTRY, deterministicSources(1), { runName: 'baseline', experimentId: '4' }));
    expect(r.value).toMatchObject({ runName: 'baseline', experimentId: '4' });
  });

  test('params are immutable: same value is fine, a new value is refused', () => {
    const { src, state, run } = started();
    const s1 = ok(logParam(state, src, { runId: run.runId, key: 'depth', value: 3 })).state;
    expect(s1.runs[run.runId]?.params).toEqual({ depth: '3' });
    expect(ok(logParam(s1, src, { runId: run.runId, key: 'depth', value: '3' })).state).toBe(s1);
    expectError(
      logParam(s1, src, { runId: run.runId, key: 'depth', value: 5 }),
      `Changing param values is not allowed. Param with key='depth' was already logged with value='3' for run ID='${run.runId}'. Attempted logging new value '5'.`,
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('metrics keep the latest value; tags overwrite; mlflow.runName renames', () => {
    const { src, state, run } = started();
    let s = ok(logMetric(state, src, { runId: run.runId, key: 'acc', value: 0.8 })).state;
    s = ok(logMetric(s, src, { runId: run.runId, key: 'acc', value: 0.9 })).state;
    s = ok(setRunTag(s, src, { runId: run.runId, key: 'mlflow.runName', value: 'renamed' })).state;
    expect(s.runs[run.runId]).toMatchObject({
      metrics: { acc: 0.9 },
      runName: 'renamed',
      tags: { 'mlflow.runName': 'renamed' },
    });
  });

  test('endRun: FINISHED by default with an end time', () => {
    const { src, state, run } = started();
    const r = ok(endRun(state, src, { runId: run.runId }));
    expect(r.value.status).toBe('FINISHED');
    expect(r.value.endTime).toBeGreaterThan(run.startTime);
    expect(ok(endRun(state, src, { runId: run.runId, status: 'FAILED' })).value.status).toBe('FAILED');
  });

  test('logModel: an m-<32 hex> LoggedModel recorded under its name in the run', () => {
    const { src, state, run } = started();
    const r = ok(logModel(state, src, { runId: run.runId, name: 'model', flavor: 'sklearn' }));
    expect(r.value).toMatchObject({ name: 'model', runId: run.runId, flavor: 'sklearn' });
    expect(r.value.modelId).toMatch(/^m-[0-9a-f]{32}$/);
    expect(r.state.runs[run.runId]?.loggedModels).toEqual({ model: r.value.modelId });
    expect(r.state.loggedModels[r.value.modelId]).toEqual(r.value);
  });

  test.each(['logParam', 'logMetric', 'setRunTag', 'endRun', 'logModel'] as const)(
    '%s on an unknown run: Run with id=... not found',
    (op) => {
      const src = deterministicSources(1);
      const args = { runId: 'nope', key: 'k', value: 1, name: 'model', flavor: 'sklearn' };
      const fns = { logParam, logMetric, setRunTag, endRun, logModel } as const;
      expectError(
        fns[op](EMPTY_REGISTRY, src, args) as Result<unknown>,
        'Run with id=nope not found',
        'RESOURCE_DOES_NOT_EXIST',
      );
    },
  );
});
