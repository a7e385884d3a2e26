// Change lists: what an operation did, in data (for undo, "what changed" panels and goal checks)
// and in the learner's words (describeChange).
import type { Change } from './result.ts';

export const modelAdded = (model: string): Change => ({ op: 'added', entity: 'registered_model', model });
export const modelRemoved = (model: string): Change => ({ op: 'removed', entity: 'registered_model', model });
export const modelRenamed = (from: string, to: string): Change => ({
  op: 'updated',
  entity: 'registered_model',
  model: to,
  key: 'name',
  from,
  to,
});
export const modelFieldUpdated = (model: string, key: string, from: unknown, to: unknown): Change => ({
  op: 'updated',
  entity: 'registered_model',
  model,
  key,
  from,
  to,
});

export const versionAdded = (model: string, version: number): Change => ({
  op: 'added',
  entity: 'model_version',
  model,
  version,
});
export const versionRemoved = (model: string, version: number): Change => ({
  op: 'removed',
  entity: 'model_version',
  model,
  version,
});
export const versionFieldUpdated = (
  model: string,
  version: number,
  key: string,
  from: unknown,
  to: unknown,
): Change => ({
  op: 'updated',
  entity: 'model_version',
  model,
  version,
  key,
  from,
  to,
});
export const stageChanged = (model: string, version: number, from: string, to: string): Change =>
  versionFieldUpdated(model, version, 'currentStage', from, to);

/** An alias set for the first time (`added`), moved (`updated`) or removed. */
export function aliasChanged(model: string, alias: string, from: number | undefined, to: number | undefined): Change {
  const op = from === undefined ? 'added' : to === undefined ? 'removed' : 'updated';
  return {
    op,
    entity: 'alias',
    model,
    key: alias,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to, version: to } : { version: from }),
  };
}

export function tagChanged(
  entity: 'registered_model_tag' | 'model_version_tag',
  model: string,
  version: number | undefined,
  key: string,
  from: string | undefined,
  to: string | undefined,
): Change {
  const op = from === undefined ? 'added' : to === undefined ? 'removed' : 'updated';
  return {
    op,
    entity,
    model,
    ...(version !== undefined ? { version } : {}),
    key,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

const show = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? 'None' : String(v));
const quoted = (v: unknown): string => (v === null || v === undefined ? 'none' : `"${show(v)}"`);

/** One line a learner can read: "my-model v3: Staging → Production", "alias champion → v2". */
export function describeChange(c: Change): string {
  const m = c.model ?? '';
  const mv = c.version !== undefined ? `${m} v${c.version}` : m;
  switch (c.entity) {
    case 'registered_model':
      if (c.op === 'added') return `registered model ${m} created`;
      if (c.op === 'removed') return `registered model ${m} deleted`;
      if (c.key === 'name') return `registered model ${show(c.from)} renamed to ${show(c.to)}`;
      return `${m} ${c.key ?? 'field'}: ${quoted(c.from)} → ${quoted(c.to)}`;
    case 'model_version':
      if (c.op === 'added') return `${mv} created (stage None)`;
      if (c.op === 'removed') return `${mv} deleted`;
      // A soft delete is a stage change to the internal marker (facts §2.2): say what it means.
      if (c.key === 'currentStage' && c.to === 'Deleted_Internal') return `${mv} deleted`;
      if (c.key === 'currentStage') return `${mv}: ${show(c.from)} → ${show(c.to)}`;
      return `${mv} ${c.key ?? 'field'}: ${quoted(c.from)} → ${quoted(c.to)}`;
    case 'alias':
      if (c.op === 'removed') return `${m}: alias ${c.key ?? ''} removed (was v${show(c.from)})`;
      if (c.op === 'added') return `${m}: alias ${c.key ?? ''} → v${show(c.to)}`;
      return `${m}: alias ${c.key ?? ''} → v${show(c.to)} (was v${show(c.from)})`;
    case 'registered_model_tag':
    case 'model_version_tag':
      if (c.op === 'removed') return `${mv}: tag ${c.key ?? ''} removed`;
      if (c.op === 'added') return `${mv}: tag ${c.key ?? ''} = ${quoted(c.to)}`;
      return `${mv}: tag ${c.key ?? ''} = ${quoted(c.to)} (was ${quoted(c.from)})`;
    case 'run': {
      const run = `run ${c.key ?? ''}`;
      if (c.op === 'added') return `${run} started`;
      const to = (c.to ?? {}) as { status?: string; param?: string; metric?: string; tag?: string; value?: unknown };
      const from = (c.from ?? {}) as { status?: string };
      if (to.status !== undefined) return `${run}: ${show(from.status)} → ${to.status}`;
      if (to.param !== undefined) return `${run}: param ${to.param} = ${show(to.value)}`;
      if (to.metric !== undefined) return `${run}: metric ${to.metric} = ${show(to.value)}`;
      if (to.tag !== undefined) return `${run}: tag ${to.tag} = ${quoted(to.value)}`;
      return `${run} updated`;
    }
    case 'logged_model':
      return `logged model ${c.key ?? ''} ${c.op === 'removed' ? 'removed' : 'created'}`;
    default: {
      const never: never = c.entity;
      return String(never);
    }
  }
}
