// Commands as data, the way click declares them: one declaration drives parsing (./parse.ts),
// `--help` (./help.ts) and completion (../complete.ts). Field names follow click's own
// (`required`, `is_flag`, `metavar`, `envvar`), so a declaration reads like MLflow's source
// (mlflow/models/cli.py, mlflow/utils/cli_args.py).
import type { ProgramContext } from '../program.ts';

/** What a value may be; mirrors click.STRING / INT / BOOL / Choice / click.UNPROCESSED. */
export type ValueType =
  | { kind: 'text' }
  | { kind: 'int' }
  | { kind: 'bool' }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'custom'; name: string };

/** Where completion should look for candidates for an option's value. */
export type CompletionSource = 'model-name' | 'version' | 'stage' | 'model-uri' | 'env-manager';

export interface OptionSpec {
  /** Python name of the parameter (`model_uri`), the key in the parsed values. */
  readonly name: string;
  /** As declared, long first where MLflow declares it so: ['--model-uri', '-m']. */
  readonly opts: readonly string[];
  readonly help?: string;
  readonly metavar?: string;
  readonly type?: ValueType;
  readonly required?: boolean;
  readonly isFlag?: boolean;
  /** click's secondary_opts of a boolean flag pair (`--serve-artifacts / --no-serve-artifacts`): they set False. */
  readonly secondaryOpts?: readonly string[];
  /** click's `is_flag=False, flag_value=...`: the value may be left out (`--install-java`). */
  readonly flagValue?: string;
  readonly default?: string | number | boolean | null;
  readonly envvar?: string;
  readonly complete?: CompletionSource;
  /** click's is_eager: processed before the others (--help, --version). */
  readonly eager?: boolean;
  /**
   * click's option callback, run while values are processed (in command-line order). Returns
   * an exit code to stop with (after writing its own output), or undefined to carry on.
   */
  readonly callback?: (ctx: ProgramContext, value: unknown) => number | undefined;
}

export interface ArgumentSpec {
  readonly name: string;
  readonly type?: ValueType;
  readonly required?: boolean;
  /** -1: any number (click's nargs=-1). */
  readonly nargs?: 1 | -1;
}

/** Parsed values, keyed by parameter name. */
export type ParamValues = Readonly<Record<string, unknown>>;

interface BaseSpec {
  readonly name: string;
  /** The docstring, as written in the source (cleaned like inspect.cleandoc before use). */
  readonly help: string;
  /** click's `short_help=`: used in a parent's Commands list instead of the truncated help. */
  readonly shortHelp?: string;
  readonly options: readonly OptionSpec[];
  /** Course shorthand real MLflow lacks: hidden (and unknown) in strict mode. */
  readonly shorthand?: boolean;
  readonly aliases?: readonly string[];
  /**
   * A real MLflow command the simulator does not model: any arguments (except --help, which
   * shows its help) run this instead of being parsed.
   */
  readonly notSimulated?: (ctx: ProgramContext, values: ParamValues, path: string) => number;
}

export interface CommandSpec extends BaseSpec {
  readonly kind: 'command';
  readonly arguments?: readonly ArgumentSpec[];
  /** Runs the command once its parameters parsed; returns the exit code. */
  readonly run: (ctx: ProgramContext, values: ParamValues, path: string) => number;
  /** Printed (stderr) before --help and before the first use in a session. */
  readonly note?: (values: ParamValues) => string[];
}

export interface GroupSpec extends BaseSpec {
  readonly kind: 'group';
  readonly commands: readonly (CommandSpec | GroupSpec)[];
  /** `mlflow --version`. */
  readonly version?: string;
}

export type AnySpec = CommandSpec | GroupSpec;

export function visibleCommands(group: GroupSpec, strict: boolean): AnySpec[] {
  return group.commands.filter((c) => !(strict && c.shorthand));
}

export function findCommand(group: GroupSpec, name: string, strict: boolean): AnySpec | undefined {
  return visibleCommands(group, strict).find((c) => c.name === name || (c.aliases ?? []).includes(name));
}

/** click adds `--help` to every command; the root also has `--version` (declared in MLflow). */
export const HELP_OPTION: OptionSpec = {
  name: 'help',
  opts: ['--help'],
  isFlag: true,
  eager: true,
  help: 'Show this message and exit.',
};
