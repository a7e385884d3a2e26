// click's help pages (click/core.py `format_help`, click/formatting.py `HelpFormatter`):
// `Usage:` line, the docstring wrapped at 78 columns with a 2-space indent, `Options:` as a
// two-column list (first column at most 30 wide), and for groups `Commands:` with each
// command's help cut to fit (`make_default_short_help`).
import { cleandoc, wrapText } from './textwrap.ts';
import {
  HELP_OPTION,
  visibleCommands,
  type AnySpec,
  type ArgumentSpec,
  type GroupSpec,
  type OptionSpec,
  type ValueType,
} from './spec.ts';

/** click: max(min(terminal columns, 80) - 2, 50); the simulator's terminal is 80 wide. */
export const HELP_WIDTH = 78;

function typeMetavar(type: ValueType | undefined, argument: boolean, required: boolean): string {
  switch (type?.kind ?? 'text') {
    case 'int':
      return 'INTEGER';
    case 'bool':
      return 'BOOLEAN';
    case 'choice': {
      const joined = (type as { choices: readonly string[] }).choices.join('|');
      return argument && required ? `{${joined}}` : `[${joined}]`;
    }
    case 'custom':
      return (type as { name: string }).name.toUpperCase();
    default:
      return 'TEXT';
  }
}

export function argumentMetavar(arg: ArgumentSpec): string {
  const required = arg.required ?? arg.nargs !== -1;
  let text = arg.type?.kind === 'choice' ? typeMetavar(arg.type, true, required) : arg.name.toUpperCase();
  if (!required) text = `[${text}]`;
  if (arg.nargs === -1) text += '...';
  return text;
}

export function optionMetavar(opt: OptionSpec): string {
  return opt.metavar ?? typeMetavar(opt.type, false, false);
}

export function allOptions(spec: AnySpec): OptionSpec[] {
  return [...spec.options, HELP_OPTION];
}

/** What follows the command path in `Usage:`. */
export function usageArgs(spec: AnySpec): string {
  if (spec.kind === 'group') return '[OPTIONS] COMMAND [ARGS]...';
  return ['[OPTIONS]', ...(spec.arguments ?? []).map(argumentMetavar)].join(' ');
}

/** HelpFormatter.write_usage: wrapped so continuation lines align after `Usage: <path> `. */
export function usageText(path: string, spec: AnySpec): string {
  const prefix = `Usage: ${path} `;
  const width = HELP_WIDTH;
  if (width >= prefix.length + 20) return wrapText(usageArgs(spec), width, prefix, ' '.repeat(prefix.length));
  return prefix + '\n' + wrapText(usageArgs(spec), width, ' '.repeat(11), ' '.repeat(11));
}

function optionRecord(opt: OptionSpec): [string, string] {
  // click's join_options: sorted by prefix length, so `-m, --model-uri`.
  const prefixLength = (o: string): number => (o.startsWith('--') ? 2 : 1);
  const join = (opts: readonly string[]): string =>
    [...opts].sort((a, b) => prefixLength(a) - prefixLength(b)).join(', ');
  // A boolean flag pair reads `--serve-artifacts / --no-serve-artifacts` (Option.get_help_record).
  const names = opt.secondaryOpts?.length ? `${join(opt.opts)} / ${join(opt.secondaryOpts)}` : join(opt.opts);
  const first = opt.isFlag ? names : `${names} ${optionMetavar(opt)}`;
  let help = opt.help ? cleandoc(opt.help) : '';
  if (opt.required) help = help ? `${help}  [required]` : '[required]';
  return [first, help];
}

/** HelpFormatter.write_dl(rows, col_max=30, col_spacing=2) inside a section (indent 2). */
function definitionList(rows: readonly [string, string][]): string[] {
  const indent = 2;
  const firstCol = Math.min(Math.max(...rows.map((r) => r[0].length)), 30) + 2;
  const textWidth = Math.max(HELP_WIDTH - firstCol - 2, 10);
  const out: string[] = [];
  for (const [first, second] of rows) {
    let line = ' '.repeat(indent) + first;
    if (!second) {
      out.push(line);
      continue;
    }
    const wrapped = wrapText(second, textWidth).split('\n');
    if (first.length <= firstCol - 2) line += ' '.repeat(firstCol - first.length);
    else {
      out.push(line);
      line = ' '.repeat(firstCol + indent);
    }
    out.push(line + (wrapped[0] ?? ''));
    // click pads continuation lines even when they are blank (paragraph breaks).
    for (const rest of wrapped.slice(1)) out.push(' '.repeat(firstCol + indent) + rest);
  }
  return out;
}

/** click.utils.make_default_short_help(help, max_length). */
export function shortHelp(help: string, maxLength: number): string {
  const end = help.indexOf('\n\n');
  let words = (end === -1 ? help : help.slice(0, end)).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '';
  if (words[0] === '\b') words = words.slice(1);
  let total = 0;
  const last = words.length - 1;
  let i = 0;
  let truncated = false;
  for (; i < words.length; i++) {
    const word = words[i] as string;
    total += word.length + (i > 0 ? 1 : 0);
    if (total > maxLength) {
      truncated = true;
      break;
    }
    if (word.endsWith('.')) return words.slice(0, i + 1).join(' ');
    if (total === maxLength && i !== last) {
      truncated = true;
      break;
    }
  }
  if (!truncated) return words.join(' ');
  total += 3;
  while (i > 0) {
    total -= (words[i] as string).length + (i > 0 ? 1 : 0);
    if (total <= maxLength) break;
    i--;
  }
  return words.slice(0, i).join(' ') + '...';
}

function commandRows(group: GroupSpec, strict: boolean): [string, string][] {
  const commands = visibleCommands(group, strict).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (commands.length === 0) return [];
  const limit = HELP_WIDTH - 6 - Math.max(...commands.map((c) => c.name.length));
  return commands.map((c) => [c.name, c.shortHelp ? cleandoc(c.shortHelp) : shortHelp(c.help, limit).trim()]);
}

/** The whole `--help` page, without the final newline (click echoes it with one). */
export function helpText(path: string, spec: AnySpec, strict: boolean): string {
  const parts: string[] = [usageText(path, spec)];
  const doc = cleandoc(spec.help);
  if (doc) parts.push(wrapText(doc, HELP_WIDTH, '  ', '  '));
  parts.push(['Options:', ...definitionList(allOptions(spec).map(optionRecord))].join('\n'));
  if (spec.kind === 'group') {
    const rows = commandRows(spec, strict);
    if (rows.length > 0) parts.push(['Commands:', ...definitionList(rows)].join('\n'));
  }
  return parts.join('\n\n');
}
