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

/**
 * A typed value as a Python argument: a plain number as a number, anything else as a string. A
 * value not (yet) given, as with --help or a usage error, stays a visible placeholder such as
 * `<version>`: the note never invents a version or a stage the learner did not type.
 */
function pyArg(value: unknown, placeholder: string): string {
  if (value === undefined || value === null) return `<${placeholder}>`;
  const text = String(value);
  return /^(0|[1-9]\d*)$/.test(text) ? text : JSON.stringify(text);
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
  shortHelp: '[course shorthand] Move a model version to a stage.',
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
    "note: `transition-stage` is this course's shorthand; real MLflow has no CLI for stages. The real call:",
    `note:   MlflowClient().transition_model_version_stage(name=${pyArg(v['model_name'], 'name')}, version=${pyArg(v['version'], 'version')}, stage=${pyArg(v['stage'], 'stage')}, archive_existing_versions=${v['archive_existing_versions'] ? 'True' : 'False'})`,
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
    ctx.out(
      `Model version '${r.value.version}' of '${r.value.name}' transitioned to stage '${r.value.currentStage}'.\n`,
    );
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
    "note: `list-versions` is this course's shorthand; real MLflow has no such command. The real call:",
    `note:   MlflowClient().search_model_versions(${v['model_name'] === undefined ? '"name=\'<name>\'"' : `"${filterFor(String(v['model_name']))}"`})`,
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
    // Ascending by version without a comparator sort, and no per-row arrays: on a model with
    // 10,000 versions the cost is the output itself (test/bench/shell.bench.ts).
    const byVersion: (typeof found.value)[number][] = [];
    let w0 = 'VERSION'.length;
    let w1 = 'STAGE'.length;
    let w2 = 'RUN ID'.length;
    for (const mv of found.value) {
      byVersion[mv.version] = mv;
      w0 = Math.max(w0, String(mv.version).length);
      w1 = Math.max(w1, mv.currentStage.length);
      w2 = Math.max(w2, (mv.runId ?? '-').length);
    }
    let text = `${'VERSION'.padEnd(w0)}  ${'STAGE'.padEnd(w1)}  ${'RUN ID'.padEnd(w2)}  ALIASES\n`;
    for (const mv of byVersion) {
      if (mv === undefined) continue;
      const aliases = mv.aliases.length ? mv.aliases.join(', ') : '-';
      text += `${String(mv.version).padEnd(w0)}  ${mv.currentStage.padEnd(w1)}  ${(mv.runId ?? '-').padEnd(w2)}  ${aliases}\n`;
    }
    ctx.out(text);
    return 0;
  },
};
