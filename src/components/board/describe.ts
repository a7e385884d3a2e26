// Board-side stage labels and grouping. Pure, so it is tested directly. Changes are worded by the
// registry's describeChange, the same sentences the rest of the platform uses.
// Stages always carry a text label and an icon, never a colour alone.
import type { Change } from '../../engine/registry/result.ts';
import type { RegisteredModel, Stage } from '../../engine/registry/types.ts';

export const STAGE_ICON: Readonly<Record<Stage, string>> = {
  None: '○',
  Staging: '◐',
  Production: '★',
  Archived: '▣',
};

export const STAGE_HINT: Readonly<Record<Stage, string>> = {
  None: 'registered, no stage yet',
  Staging: 'being tested',
  Production: 'serving live traffic',
  Archived: 'kept, not in use',
};

/** The visible versions of a model grouped by stage, newest first inside each stage. */
export function versionsByStage(model: RegisteredModel): Record<Stage, number[]> {
  const groups: Record<Stage, number[]> = { None: [], Staging: [], Production: [], Archived: [] };
  for (const v of model.versions) {
    if (v.currentStage === 'Deleted_Internal') continue;
    groups[v.currentStage].push(v.version);
  }
  for (const k of Object.keys(groups) as Stage[]) groups[k].sort((a, b) => b - a);
  return groups;
}

/** alias names per version number, for the chips on each version card. */
export function aliasesByVersion(model: RegisteredModel): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const [alias, version] of Object.entries(model.aliases)) {
    map.set(version, [...(map.get(version) ?? []), alias].sort());
  }
  return map;
}

/** "model:version" keys touched by a change list, to highlight those cards. */
export function touchedVersions(
  changes: readonly Change[],
  models: Readonly<Record<string, RegisteredModel>>,
): Set<string> {
  const keys = new Set<string>();
  for (const c of changes) {
    if (!c.model) continue;
    if (c.version !== undefined) keys.add(`${c.model}:${c.version}`);
    else if (c.entity === 'alias') {
      if (typeof c.to === 'number') keys.add(`${c.model}:${c.to}`);
      const v = models[c.model]?.aliases[c.key ?? ''];
      if (v !== undefined) keys.add(`${c.model}:${v}`);
    }
  }
  return keys;
}

/** Newest versions shown per stage column; the rest are counted ("N more"). */
export const SHOWN_PER_STAGE = 6;
/** More distinct change sentences than this collapse into one summary line. */
export const MAX_CHANGE_LINES = 5;

export interface StageColumn {
  readonly shown: readonly number[];
  readonly more: number;
  readonly total: number;
}

/** A stage's newest versions (the list is newest first) and how many are left out. */
export function stageColumn(versions: readonly number[], limit = SHOWN_PER_STAGE): StageColumn {
  return { shown: versions.slice(0, limit), more: Math.max(0, versions.length - limit), total: versions.length };
}

const ENTITY_WORDS: Readonly<Record<Change['entity'], [string, string]>> = {
  registered_model: ['registered model', 'registered models'],
  model_version: ['model version', 'model versions'],
  alias: ['alias', 'aliases'],
  registered_model_tag: ['model tag', 'model tags'],
  model_version_tag: ['version tag', 'version tags'],
  run: ['run', 'runs'],
  logged_model: ['logged model', 'logged models'],
};
const OP_WORDS: Readonly<Record<Change['op'], string>> = { added: 'created', updated: 'changed', removed: 'removed' };

/**
 * What the board says just changed: each change in a sentence (describeChange), or, when a
 * command made more than a few (a loop creating 1,500 versions), one line counting them by kind:
 * "1,500 model versions created, 1 alias changed".
 */
export function changeLines(changes: readonly Change[], sentence: (c: Change) => string): string[] {
  // Few changes: count first, so a 1,500-change list is never worded change by change.
  if (changes.length <= MAX_CHANGE_LINES * 4) {
    const lines = [...new Set(changes.map(sentence))];
    if (lines.length <= MAX_CHANGE_LINES) return lines;
  }
  const counts = new Map<string, { entity: Change['entity']; op: Change['op']; n: number }>();
  for (const c of changes) {
    const op = c.entity === 'alias' && c.op === 'added' ? 'updated' : c.op;
    const key = `${c.entity}:${op}`;
    const entry = counts.get(key) ?? { entity: c.entity, op, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const parts = [...counts.values()].map(({ entity, op, n }) => {
    const [one, many] = ENTITY_WORDS[entity];
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many} ${OP_WORDS[op]}`;
  });
  return [parts.join(', ')];
}
