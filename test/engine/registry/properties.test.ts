// Property tests: random operation sequences keep the registry's invariants (facts §2.2-§2.5).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../property.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';
import {
  createModelVersion,
  createRegisteredModel,
  deleteAlias,
  deleteModelVersion,
  EMPTY_REGISTRY,
  getModelVersion,
  latestVersions,
  setAlias,
  setModelVersionTag,
  transitionStage,
  updateModelVersion,
  buildScenario,
  exportScenario,
  parseRegistry,
  serializeRegistry,
} from '../../../src/engine/registry/index.ts';
import type { RegistryState, Result } from '../../../src/engine/registry/index.ts';

const NAMES = ['a', 'b'] as const;
const name = fc.constantFrom(...NAMES, 'missing');
const version = fc.oneof(fc.integer({ min: -1, max: 8 }), fc.constantFrom('1', '2', ' 3', 'abc', '1.5'));
const stage = fc.constantFrom('None', 'staging', 'Production', 'ARCHIVED', 'Prod', '', ' Staging');
const alias = fc.constantFrom('champion', 'challenger', 'latest', 'v1', 'bad alias', '');

const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name }),
  fc.record({ kind: fc.constant('transition' as const), name, version, stage, archive: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), name, version }),
  fc.record({ kind: fc.constant('setAlias' as const), name, version, alias }),
  fc.record({ kind: fc.constant('deleteAlias' as const), name, alias }),
  fc.record({
    kind: fc.constant('describe' as const),
    name,
    version,
    text: fc.option(fc.string({ maxLength: 5 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('tag' as const), name, version, value: fc.string({ maxLength: 3 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(state: RegistryState, src: ReturnType<typeof deterministicSources>, o: Op): Result<unknown> {
  switch (o.kind) {
    case 'create':
      return createModelVersion(state, src, { name: o.name, source: 's' });
    case 'transition':
      return transitionStage(state, src, {
        name: o.name,
        version: o.version,
        stage: o.stage,
        archiveExistingVersions: o.archive,
      });
    case 'delete':
      return deleteModelVersion(state, src, { name: o.name, version: o.version });
    case 'setAlias':
      return setAlias(state, src, { name: o.name, alias: o.alias, version: o.version });
    case 'deleteAlias':
      return deleteAlias(state, src, { name: o.name, alias: o.alias });
    case 'describe':
      return updateModelVersion(state, src, { name: o.name, version: o.version, description: o.text });
    case 'tag':
      return setModelVersionTag(state, src, { name: o.name, version: o.version, key: 'k', value: o.value });
  }
}

function start() {
  const src = deterministicSources(21);
  let state = EMPTY_REGISTRY;
  for (const n of NAMES) {
    const r = createRegisteredModel(state, src, { name: n });
    if (r.ok) state = r.state;
  }
  return { state, src };
}

function checkInvariants(state: RegistryState): void {
  for (const m of Object.values(state.models)) {
    m.versions.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.name).toBe(m.name);
    });
    for (const n of Object.values(m.aliases)) {
      const target = m.versions[n - 1];
      expect(target && target.currentStage !== 'Deleted_Internal').toBe(true);
    }
  }
}

describe('registry invariants under random operation sequences', () => {
  test('versions are numbered by position, numbers are never reused, aliases point to live versions', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let { state, src } = start();
        const counts = new Map<string, number>(NAMES.map((n) => [n, 0]));
        for (const o of ops) {
          const r = apply(state, src, o);
          if (r.ok) state = r.state;
          checkInvariants(state);
          for (const n of NAMES) {
            const len = state.models[n]?.versions.length ?? 0;
            // Never shrinks (soft delete keeps the row), grows by one per successful create.
            expect(len).toBe((counts.get(n) ?? 0) + (r.ok && o.kind === 'create' && o.name === n ? 1 : 0));
            counts.set(n, len);
          }
        }
      }),
      { numRuns: runs(200) },
    );
  });

  test('after an archiving transition no other live version is left in the target stage', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.constantFrom(...NAMES),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('Staging', 'production'),
        (ops, n, v, target) => {
          let { state, src } = start();
          for (const o of ops) {
            const r = apply(state, src, o);
            if (r.ok) state = r.state;
          }
          const r = transitionStage(state, src, { name: n, version: v, stage: target, archiveExistingVersions: true });
          if (!r.ok) return;
          const canonical = target === 'Staging' ? 'Staging' : 'Production';
          const inTarget = (r.state.models[n]?.versions ?? [])
            .filter((x) => x.currentStage === canonical)
            .map((x) => x.version);
          expect(inTarget).toEqual([v]);
          // Every version this call touched carries the one timestamp of the call.
          const before = state.models[n]?.versions ?? [];
          const after = r.state.models[n]?.versions ?? [];
          const touched = after.filter((x, i) => x !== before[i]);
          expect(new Set(touched.map((x) => x.lastUpdatedTimestamp)).size).toBe(1);
          expect(r.state.models[n]?.lastUpdatedTimestamp).toBe(touched[0]?.lastUpdatedTimestamp);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  test('failures return no new state and leave the input untouched; reads return the same object', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let { state, src } = start();
        for (const o of ops) {
          const snapshot = JSON.stringify(state);
          const r = apply(state, src, o);
          expect(JSON.stringify(state)).toBe(snapshot);
          if (!r.ok) {
            expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
            expect(r.error.kind).toBe('mlflow');
            continue;
          }
          if (r.changes.length === 0 && o.kind !== 'describe' && o.kind !== 'transition') expect(r.state).toBe(state);
          state = r.state;
          for (const n of NAMES) {
            const read = latestVersions(state, n);
            expect(read.ok && read.state).toBe(state);
            const got = getModelVersion(state, n, 1);
            if (got.ok) expect(got.state).toBe(state);
          }
        }
      }),
      { numRuns: runs(150) },
    );
  });

  test('latestVersions gives one entry per stage, each the highest live number in its stage', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let { state, src } = start();
        for (const o of ops) {
          const r = apply(state, src, o);
          if (r.ok) state = r.state;
        }
        for (const n of NAMES) {
          const r = latestVersions(state, n);
          if (!r.ok) throw new Error(r.error.message);
          const live = (state.models[n]?.versions ?? []).filter((v) => v.currentStage !== 'Deleted_Internal');
          const stages = r.value.map((v) => v.currentStage);
          expect(new Set(stages).size).toBe(stages.length);
          for (const v of r.value) {
            expect(v.version).toBe(
              Math.max(...live.filter((x) => x.currentStage === v.currentStage).map((x) => x.version)),
            );
          }
          expect(new Set(stages)).toEqual(new Set(live.map((v) => v.currentStage)));
          // SQLite order: by the lowest live version number in each stage (facts §2.4).
          const lowest = (st: string) => Math.min(...live.filter((x) => x.currentStage === st).map((x) => x.version));
          expect(stages).toEqual([...stages].sort((x, y) => lowest(x) - lowest(y)));
        }
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('round trips under random operation sequences', () => {
  const reach = (ops: readonly Op[]) => {
    let { state, src } = start();
    for (const o of ops) {
      const r = apply(state, src, o);
      if (r.ok) state = r.state;
    }
    return state;
  };

  test('parseRegistry(serializeRegistry(s)) gives s back', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const state = reach(ops);
        expect(parseRegistry(serializeRegistry(state))).toEqual({ ok: true, state });
      }),
      { numRuns: runs(100) },
    );
  });

  test('an exported scenario rebuilds the same stages, aliases, tags, descriptions and numbering', () => {
    const shape = (s: RegistryState) =>
      Object.values(s.models).map((m) => ({
        name: m.name,
        aliases: m.aliases,
        versions: m.versions.map((v) => [v.version, v.currentStage, v.description, v.tags]),
      }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const state = reach(ops);
        const rebuilt = buildScenario(exportScenario(state), deterministicSources(5));
        expect(shape(rebuilt)).toEqual(shape(state));
      }),
      { numRuns: runs(100) },
    );
  });
});
