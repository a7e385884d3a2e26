import { describe, expect, test } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  buildScenario,
  deleteModelVersion,
  EMPTY_REGISTRY,
  parseRegistry,
  serializeRegistry,
  setAlias,
  STAGES_LESSON_SCENARIO,
  transitionStage,
} from '../../../src/engine/registry/index.ts';
import { ok } from './helpers.ts';

function rich() {
  const src = deterministicSources(4);
  let s = buildScenario(STAGES_LESSON_SCENARIO, src);
  s = ok(transitionStage(s, src, { name: 'my-model', version: 2, stage: 'Production' })).state;
  s = ok(setAlias(s, src, { name: 'my-model', alias: 'champion', version: 2 })).state;
  s = ok(deleteModelVersion(s, src, { name: 'my-model', version: 1 })).state;
  return s;
}

describe('serializeRegistry / parseRegistry', () => {
  test('round-trips a registry with runs, logged models, aliases and a deleted version', () => {
    const s = rich();
    const text = serializeRegistry(s);
    expect(JSON.parse(text)).toMatchObject({ format: 'mlflow-sim/registry', version: 1 });
    const back = parseRegistry(text);
    expect(back).toEqual({ ok: true, state: s });
  });

  test('the empty registry round-trips', () => {
    expect(parseRegistry(serializeRegistry(EMPTY_REGISTRY))).toEqual({ ok: true, state: EMPTY_REGISTRY });
  });

  test('a model named __proto__ survives as an own entry', () => {
    const src = deterministicSources(1);
    const s = buildScenario({ name: 'p', title: 'p', models: [{ name: '__proto__', versions: [{}] }] }, src);
    const back = parseRegistry(serializeRegistry(s));
    expect(back.ok && Object.hasOwn(back.state.models, '__proto__')).toBe(true);
  });

  test.each([
    ['not JSON', '{oops', /^Not a registry file: invalid JSON/],
    ['a JSON array', '[]', /^Not a registry file: expected "format": "mlflow-sim\/registry"/],
    ['another format', '{"format":"something-else","version":1}', /^Not a registry file/],
    [
      'a future version',
      '{"format":"mlflow-sim/registry","version":2,"models":[],"runs":[],"loggedModels":[]}',
      /^Unsupported registry file version 2/,
    ],
    [
      'a missing field',
      '{"format":"mlflow-sim/registry","version":1,"models":[],"runs":[]}',
      /^Corrupt registry file at loggedModels:/,
    ],
    [
      'a bad stage',
      JSON.stringify({
        format: 'mlflow-sim/registry',
        version: 1,
        runs: [],
        loggedModels: [],
        models: [
          {
            name: 'm',
            creationTimestamp: 1,
            lastUpdatedTimestamp: 1,
            description: null,
            tags: {},
            aliases: {},
            versions: [
              {
                name: 'm',
                version: 1,
                creationTimestamp: 1,
                lastUpdatedTimestamp: 1,
                currentStage: 'Prod',
                description: null,
                source: 's',
                runId: null,
                runLink: null,
                status: 'READY',
                tags: {},
                userId: null,
                modelId: null,
              },
            ],
          },
        ],
      }),
      /^Corrupt registry file at models\.0\.versions\.0\.currentStage/,
    ],
  ])('%s gives a clear message, never a throw', (_l, text, message) => {
    const r = parseRegistry(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  test.each([
    [
      'versions out of order',
      (d: any) => {
        d.models[0].versions.reverse();
      },
      /versions must be numbered 1, 2, 3/,
    ],
    [
      'an alias to a deleted version',
      (d: any) => {
        d.models[0].aliases = { old: 1 };
      },
      /alias 'old' points to missing version 1/,
    ],
    [
      'an alias to a missing version',
      (d: any) => {
        d.models[0].aliases = { ghost: 99 };
      },
      /alias 'ghost' points to missing version 99/,
    ],
    [
      'a duplicated model',
      (d: any) => {
        d.models.push(d.models[0]);
      },
      /model 'my-model' appears twice/,
    ],
  ])('broken invariant: %s', (_l, mutate, message) => {
    const d = JSON.parse(serializeRegistry(rich()));
    mutate(d);
    const r = parseRegistry(JSON.stringify(d));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
