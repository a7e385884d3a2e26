// Board-side wording of registry changes and stage labels. Pure, so it is tested directly.
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

const show = (v: unknown): string => (v === undefined || v === null ? 'none' : String(v));

/** One change as a sentence a learner reads on the board: "my-model v2: Staging → Production". */
export function describeForBoard(change: Change): string {
  const who = change.model ? `${change.model}${change.version !== undefined ? ` v${change.version}` : ''}` : '';
  switch (change.entity) {
    case 'model_version':
      if (change.op === 'added') return `${who}: new version (stage None)`;
      if (change.op === 'removed') return `${who}: deleted`;
      if (change.key === 'currentStage') {
        if (change.to === 'Deleted_Internal') return `${who}: deleted`;
        return `${who}: ${show(change.from)} → ${show(change.to)}`;
      }
      return `${who}: ${change.key ?? 'field'} changed`;
    case 'registered_model':
      if (change.op === 'added') return `${who}: registered model created`;
      if (change.op === 'removed') return `${who}: registered model deleted`;
      if (change.key === 'name') return `${show(change.from)} renamed to ${show(change.to)}`;
      return `${who}: ${change.key ?? 'details'} changed`;
    case 'alias':
      if (change.op === 'removed') return `${who}: alias @${change.key ?? ''} removed`;
      if (change.op === 'added') return `${change.model ?? ''}: alias @${change.key ?? ''} → v${show(change.to)}`;
      return `${change.model ?? ''}: alias @${change.key ?? ''} moved v${show(change.from)} → v${show(change.to)}`;
    case 'registered_model_tag':
    case 'model_version_tag':
      if (change.op === 'removed') return `${who}: tag ${change.key ?? ''} removed`;
      return `${who}: tag ${change.key ?? ''} = ${show(change.to)}`;
    case 'run':
      return change.op === 'added' ? `run ${String(change.key ?? '').slice(0, 8)} started` : `run ${String(change.key ?? '').slice(0, 8)} updated`;
    case 'logged_model':
      return `logged model ${change.key ?? ''} ${change.op}`;
  }
}

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
export function touchedVersions(changes: readonly Change[], models: Readonly<Record<string, RegisteredModel>>): Set<string> {
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
