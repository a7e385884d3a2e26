// Tab completion from the same command table that parses and prints help: program names,
// `mlflow` subcommands, options, and option values (model names, that model's versions,
// stages, aliases inside model URIs, env managers). Strict mode hides the course shorthand here
// too, because it comes from the same `visibleCommands`.
import { ALL_STAGES } from '../registry/index.ts';
import type { RegistryState } from '../registry/types.ts';
import { allOptions } from './click/help.ts';
import { findCommand, visibleCommands, type AnySpec, type CompletionSource, type OptionSpec } from './click/spec.ts';
import { ROOT } from './commands/root.ts';
import type { ShellState } from './program.ts';
import { ENV_MANAGERS } from './serve/env-manager.ts';
import { tokenize } from './tokenize.ts';

export interface Completion {
  /** Where the replaced word starts in the line. */
  readonly from: number;
  readonly candidates: string[];
}

export interface CompletionContext {
  readonly registry: RegistryState;
  readonly shell: ShellState;
  readonly strict: boolean;
  readonly programs: readonly string[];
}

function liveVersions(state: RegistryState, name: string): number[] {
  const model = Object.hasOwn(state.models, name) ? state.models[name] : undefined;
  return model ? model.versions.filter((v) => v.currentStage !== 'Deleted_Internal').map((v) => v.version) : [];
}

function modelUris(state: RegistryState): string[] {
  const uris: string[] = [];
  for (const name of Object.keys(state.models).sort()) {
    const model = state.models[name];
    if (!model) continue;
    const live = model.versions.filter((v) => v.currentStage !== 'Deleted_Internal');
    for (const v of live) uris.push(`models:/${name}/${v.version}`);
    for (const stage of ALL_STAGES)
      if (live.some((v) => v.currentStage === stage)) uris.push(`models:/${name}/${stage}`);
    if (live.length > 0) uris.push(`models:/${name}/latest`);
    for (const alias of Object.keys(model.aliases).sort()) uris.push(`models:/${name}@${alias}`);
  }
  return uris;
}

function valuesFor(
  source: CompletionSource | undefined,
  option: OptionSpec,
  prev: readonly string[],
  cc: CompletionContext,
): string[] {
  if (option.type?.kind === 'choice') return [...option.type.choices];
  switch (source) {
    case 'model-name':
      return Object.keys(cc.registry.models).sort();
    case 'version': {
      const at = prev.lastIndexOf('--model-name');
      const name =
        at >= 0 ? prev[at + 1] : prev.find((w) => w.startsWith('--model-name='))?.slice('--model-name='.length);
      return name === undefined ? [] : liveVersions(cc.registry, name).map(String);
    }
    case 'stage':
      return [...ALL_STAGES];
    case 'env-manager':
      return [...ENV_MANAGERS];
    case 'model-uri':
      return modelUris(cc.registry);
    default:
      return [];
  }
}

function optionNames(spec: AnySpec): string[] {
  return allOptions(spec).flatMap((o) => [...o.opts].sort((a, b) => b.length - a.length));
}

function completeMlflow(prev: readonly string[], current: string, cc: CompletionContext): string[] {
  let spec: AnySpec = ROOT;
  let pending: OptionSpec | null = null;
  let positional = 0;
  for (const w of prev) {
    if (pending) {
      pending = null;
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      const name = w.split('=')[0] as string;
      const o = allOptions(spec).find((x) => x.opts.includes(name));
      if (o && !o.isFlag && o.flagValue === undefined && !w.includes('=')) pending = o;
      continue;
    }
    if (spec.kind === 'group') {
      const sub = findCommand(spec, w, cc.strict);
      if (!sub) return [];
      spec = sub;
      continue;
    }
    positional++;
  }
  if (pending) return valuesFor(pending.complete, pending, prev, cc);
  if (current.startsWith('-')) return optionNames(spec);
  // A command's aliases (`transition-version`) stay accepted but are not offered, as in help.
  if (spec.kind === 'group') return visibleCommands(spec, cc.strict).map((c) => c.name);
  const argument = (spec.arguments ?? [])[positional];
  if (argument?.type?.kind === 'choice') return [...argument.type.choices];
  return current === '' && (spec.arguments ?? []).length === 0 ? optionNames(spec) : [];
}

/** The word being completed is the value of an option whose values are stages. */
function stageValueWanted(prev: readonly string[]): boolean {
  const last = prev[prev.length - 1];
  return last === '--stage' || last === '--stages';
}

export function complete(line: string, cursor: number, cc: CompletionContext): Completion {
  const before = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const parsed = tokenize(before, { lenient: true });
  if (!parsed.ok) return { from: before.length, candidates: [] };
  const last = parsed.commands[parsed.commands.length - 1];
  const words = last && last.then === '' ? last.words : [];
  const tail = words[words.length - 1];
  const inWord = tail !== undefined && tail.end === before.length && !/\s$/.test(before);
  const current = inWord ? tail.text : '';
  const from = inWord ? tail.start : before.length;
  const prev = (inWord ? words.slice(0, -1) : words).map((w) => w.text);

  let all: string[];
  if (prev.length === 0) all = [...cc.programs];
  else if (prev[0] === 'mlflow') all = completeMlflow(prev.slice(1), current, cc);
  else if (prev[0] === 'kill') all = cc.shell.servers.flatMap((s) => [`%${s.job}`, String(s.pid)]);
  else all = [];
  let candidates = [...new Set(all.filter((c) => c.startsWith(current)))];
  // Stages are matched in any letter case (MLflow canonicalises them), so `--stage p` offers
  // `Production`, which then replaces the typed word.
  if (candidates.length === 0 && current !== '' && prev[0] === 'mlflow' && stageValueWanted(prev))
    candidates = all.filter((c) => c.toLowerCase().startsWith(current.toLowerCase()));
  if (prev.length === 0) candidates.sort();
  return { from, candidates };
}
