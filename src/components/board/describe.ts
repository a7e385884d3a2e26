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
