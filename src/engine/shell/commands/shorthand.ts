// The course's shorthand (seed-errata #1-2): `mlflow models transition-stage` (alias
// `transition-version`) and `mlflow models list-versions`. Real MLflow has no CLI for stages
// (facts §6.1, §10.1), so both print a short `note:` with the real equivalent, and strict mode
// hides them (click then answers "No such command"). They call the same registry operations as
// the Python client and report its exceptions in MLflow's words, like a click.ClickException
// (`Error: <message>`, exit 1).
import { getRegisteredModel, searchModelVersions, transitionStage } from '../../registry/index.ts';
import type { CommandSpec, ParamValues } from '../click/spec.ts';
import type { ProgramContext } from '../program.ts';

const MODEL_NAME = {
  name: 'model_name',
  opts: ['--model-name'],
  required: true,
  help: 'Name of the registered model.',
  complete: 'model-name',
} as const;

function pyArg(value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  const text = String(value);
  return /^\d+$/.test(text) ? text : JSON.stringify(text);
}

function clickException(ctx: ProgramContext, message: string): number {
  ctx.err(`Error: ${message}\n`);
  return 1;
}

export const TRANSITION_STAGE: CommandSpec = {
  kind: 'command',
  name: 'transition-stage',
  aliases: ['transition-version'],
  shorthand: true,
  shortHelp: "[course shorthand] Move a model version to a stage.",
  help: `
    [Course shorthand: real MLflow has no such command.] Move a registered model version to a
    stage (None, Staging, Production or Archived), as
    MlflowClient().transition_model_version_stage() does. Stage names are case-insensitive.
    `,
  options: [
    MODEL_NAME,
    { name: 'version', opts: ['--version'], required: true, help: 'Version number of the model.', complete: 'version' },
    {
      name: 'stage',
      opts: ['--stage'],
      required: true,
      help: 'Target stage: None, Staging, Production or Archived.',
      complete: 'stage',
    },
    {
      name: 'archive_existing_versions',
      opts: ['--archive-existing-versions'],
      isFlag: true,
      default: false,
      help: 'Archive the versions already in the target stage (Staging or Production only).',
    },
  ],
  note: (v: ParamValues) => [
    'note: `transition-stage` is this course\'s shorthand; real MLflow has no CLI for stages. The real call:',
    `note:   MlflowClient().transition_model_version_stage(name=${pyArg(v['model_name'], '"my-model"')}, version=${pyArg(v['version'], '1')}, stage=${pyArg(v['stage'], '"Production"')}, archive_existing_versions=${v['archive_existing_versions'] ? 'True' : 'False'})`,
    'note:   or REST: POST /api/2.0/mlflow/model-versions/transition-stage',
  ],
  run: (ctx, v) => {
    const r = transitionStage(ctx.env.registry, ctx.env.sources, {
      name: String(v['model_name']),
      version: String(v['version']),
      stage: String(v['stage']),
      archiveExistingVersions: Boolean(v['archive_existing_versions']),
    });
    if (!r.ok) return clickException(ctx, r.error.message);
    ctx.env.registry = r.state;
    ctx.env.changes.push(...r.changes);
    ctx.out(`Model version '${r.value.version}' of '${r.value.name}' transitioned to stage '${r.value.currentStage}'.\n`);
    return 0;
  },
};

/** Python's repr-style quoting for a filter string value (search_model_versions needs quotes). */
function filterFor(name: string): string {
  return name.includes("'") ? `name="${name}"` : `name='${name}'`;
}

export const LIST_VERSIONS: CommandSpec = {
  kind: 'command',
  name: 'list-versions',
  shorthand: true,
  shortHelp: '[course shorthand] List the versions of a registered model.',
  help: `
    [Course shorthand: real MLflow has no such command.] List the live versions of a registered
    model, lowest first, with their stage, run id and aliases, as
    MlflowClient().search_model_versions("name='...'") returns them.
    `,
  options: [MODEL_NAME],
  note: (v: ParamValues) => [
    'note: `list-versions` is this course\'s shorthand; real MLflow has no such command. The real call:',
    `note:   MlflowClient().search_model_versions("${filterFor(String(v['model_name'] ?? 'my-model'))}")`,
    'note:   or REST: GET /api/2.0/mlflow/model-versions/search',
  ],
  run: (ctx, v) => {
    const name = String(v['model_name']);
    // The client's prompt check: a missing model is an error rather than an empty list.
    const model = getRegisteredModel(ctx.env.registry, name);
    if (!model.ok) return clickException(ctx, model.error.message);
    const found = searchModelVersions(ctx.env.registry, { filterString: filterFor(name) });
    if (!found.ok) return clickException(ctx, found.error.message);
    if (found.value.length === 0) {
      ctx.out(`Registered model '${name}' has no versions.\n`);
      return 0;
    }
    // Ascending by version without a comparator sort: 10,000 rows stay fast (test/bench).
    let highest = 0;
    for (const mv of found.value) highest = Math.max(highest, mv.version);
    const byVersion = new Array<string[] | undefined>(highest + 1).fill(undefined);
    for (const mv of found.value) {
      byVersion[mv.version] = [String(mv.version), mv.currentStage, mv.runId ?? '-', mv.aliases.length ? mv.aliases.join(', ') : '-'];
    }
    const header = ['VERSION', 'STAGE', 'RUN ID', 'ALIASES'];
    const rows = byVersion.filter((r): r is string[] => r !== undefined);
    const widths = header.map((h) => h.length);
    for (const r of rows) for (let i = 0; i < 3; i++) widths[i] = Math.max(widths[i] as number, (r[i] as string).length);
    const format = (r: readonly string[]): string =>
      `${(r[0] as string).padEnd(widths[0] as number)}  ${(r[1] as string).padEnd(widths[1] as number)}  ${(r[2] as string).padEnd(widths[2] as number)}  ${r[3]}\n`;
    let text = format(header);
    for (const r of rows) text += format(r);
    ctx.out(text);
    return 0;
  },
};
