// Public entry points of the Python subset: run a script, drive a REPL, check syntax.
// Everything a learner sees is CPython-shaped text on env.out; nothing here throws.
import { parser } from '@lezer/python';
import type { SimEnv } from '../env.ts';
import type { Stmt } from './ast.ts';
import { Converter, ConvertError, LineMap } from './parse.ts';
import { checkIndentation, checkSemantics, parseError, scan, syntaxWarnings } from './syntax.ts';
import type { SyntaxDiag } from './syntax.ts';
import { DEFAULT_LIMITS, Interpreter } from './interpreter.ts';
import type { Limits } from './interpreter.ts';
import { ModuleTable } from './native.ts';
import { Scope } from './scope.ts';
import { PyRaise } from './values.ts';
import * as C from './classes.ts';
import { formatException, qualifiedName, safeStr } from './tracebacks.ts';
import { jsLimit } from './costs.ts';
export { formatException, qualifiedName } from './tracebacks.ts';
import { installMlflow } from './mlflow/index.ts';

export { ModuleTable } from './native.ts';
export type { Limits } from './interpreter.ts';

export interface Diagnostic {
  /** 1-based line and column of the start; end is exclusive. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface PythonError {
  /** `SyntaxError`, `NameError`, `mlflow.exceptions.MlflowException`... */
  readonly type: string;
  readonly message: string;
  /** 1-based line and column in the snippet (0 when unknown). */
  readonly line: number;
  readonly column: number;
}

export interface RunResult {
  readonly exitCode: number;
  readonly error?: PythonError;
}

type Compiled = { ok: true; body: readonly Stmt[]; lines: LineMap } | { ok: false; error: SyntaxDiag; lines: LineMap };

/** Parses once with lezer, reports the first syntax error like CPython, or returns the AST. */
export function compile(text: string): Compiled {
  // A UTF-8 byte order mark opens many files saved on Windows; CPython reads past it.
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lines = new LineMap(source);
  const scanned = scan(source);
  if (scanned.error) return { ok: false, error: scanned.error, lines };
  const tree = parser.parse(source);
  const indentation = checkIndentation(scanned.lines);
  const parsed = parseError(tree, lines, scanned.lines);
  // An unclosed bracket explains any parse error after it, as in CPython.
  if (scanned.unclosed) return { ok: false, error: scanned.unclosed, lines };
  // The earlier problem wins; on the same line, indentation (the tokenizer's) comes first.
  if (indentation && (!parsed || indentation.line <= parsed.line)) return { ok: false, error: indentation, lines };
  if (parsed) return { ok: false, error: parsed, lines };
  let body: Stmt[];
  try {
    body = new Converter(source, lines).module(tree);
  } catch (e) {
    if (e instanceof ConvertError) {
      const line = lines.line(e.from);
      const col = lines.col(e.from);
      const endCol = e.to !== null && lines.line(e.to) === line ? lines.col(e.to) : col + 1;
      return {
        ok: false,
        error: { kind: 'SyntaxError', message: e.message, line, col, endLine: line, endCol, caret: true },
        lines,
      };
    }
    throw e;
  }
  const semantic = checkSemantics(body);
  if (semantic) return { ok: false, error: semantic, lines };
  return { ok: true, body, lines };
}

/** The editor's markers: syntax errors with 1-based positions. */
export function checkPython(source: string): Diagnostic[] {
  try {
    const c = compile(source);
    if (c.ok) return [];
    const e = c.error;
    return [
      {
        line: e.line,
        column: e.col + 1,
        endLine: e.endLine,
        endColumn: e.endCol + 1,
        message: `${e.kind}: ${e.message}`,
      },
    ];
  } catch (e) {
    return [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: `internal error: ${describe(e)}` }];
  }
}

/** Compile-time SyntaxWarnings, printed before the code runs as `warnings.showwarning` does. */
function writeSyntaxWarnings(
  env: SimEnv,
  body: readonly Stmt[],
  lines: LineMap,
  filename: string,
  showSource: boolean,
): void {
  for (const w of syntaxWarnings(body)) {
    let text = `${filename}:${w.line}: SyntaxWarning: ${w.message}\n`;
    const src = lines.text(w.line).trim();
    if (showSource && src) text += `  ${src}\n`;
    env.out.write('stderr', text);
  }
}

/** CPython's syntax error report (no traceback header): file, line, source, caret, message. */
export function formatSyntaxError(e: SyntaxDiag, lines: LineMap, filename: string): string {
  let out = `  File "${filename}", line ${e.line}\n`;
  const raw = lines.text(e.line);
  const leading = raw.length - raw.trimStart().length;
  const shown = raw.trim();
  if (shown || e.caret) out += `    ${shown}\n`;
  if (e.caret && shown) {
    const start = Math.max(0, e.col - leading);
    const width = Math.max(1, (e.endLine === e.line ? e.endCol : e.col + 1) - e.col);
    out += `    ${' '.repeat(start)}${'^'.repeat(width)}\n`;
  }
  return out + `${e.kind}: ${e.message}\n`;
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? 'unknown';
  return String(e).split('\n')[0] ?? 'unknown';
}

/** A fresh interpreter with the stdlib and the simulated `mlflow` package importable. */
export function createInterpreter(
  env: SimEnv,
  limits: Limits = DEFAULT_LIMITS,
  install: Installer = installMlflow,
): Interpreter {
  const modules = new ModuleTable();
  install(modules, env);
  return new Interpreter(env, modules, limits);
}

/** Registers importable native modules (the `mlflow` package's `installMlflow` is the default). */
export type Installer = (modules: ModuleTable, env: SimEnv) => void;

function newGlobals(): Scope {
  const g = new Scope(null, 'module', null, null);
  g.vars.set('__name__', '__main__');
  g.vars.set('__doc__', null);
  return g;
}

/** Handles the end of a run: SystemExit, tracebacks, internal errors. Returns the exit code. */
function finish(interp: Interpreter, e: unknown, filename: string): RunResult {
  if (e instanceof PyRaise) {
    const exc = e.exc;
    if (exc.cls.isSubclassOf(C.SystemExit)) {
      const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0]! : null;
      if (code === null) return { exitCode: 0 };
      if (typeof code === 'bigint') return { exitCode: Number(code & 0xffn) };
      if (typeof code === 'boolean') return { exitCode: code ? 1 : 0 };
      interp.rawWrite('stderr', interp.str(code) + '\n');
      return { exitCode: 1 };
    }
    // The final traceback is never cut by the output cap: it is what the learner needs most.
    interp.env.out.write('stderr', formatException(interp, exc));
    const inSnippet = [...exc.traceback].reverse().find((t) => t.filename === filename);
    return {
      exitCode: 1,
      error: {
        type: qualifiedName(exc),
        message: safeStr(interp, exc),
        line: inSnippet?.line ?? 0,
        column: inSnippet ? inSnippet.col + 1 : 0,
      },
    };
  }
  if (e instanceof RangeError && jsLimit(e) === 'memory') {
    // A string, list or integer past what JavaScript can hold: Python would be out of memory.
    interp.rawWrite('stderr', 'Traceback (most recent call last):\nMemoryError\n');
    return { exitCode: 1, error: { type: 'MemoryError', message: '', line: 0, column: 0 } };
  }
  if (e instanceof RangeError) {
    // The JS stack ran out before the counted limit (deep nesting in one expression).
    interp.rawWrite('stderr', 'Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n');
    return {
      exitCode: 1,
      error: { type: 'RecursionError', message: 'maximum recursion depth exceeded', line: 0, column: 0 },
    };
  }
  interp.rawWrite('stderr', `internal error: ${describe(e)}\n`);
  return { exitCode: 1, error: { type: 'InternalError', message: describe(e), line: 0, column: 0 } };
}

/** Runs a whole snippet like `python3 <file>`: output to env.out, traceback on failure. */
export function runPythonScript(
  env: SimEnv,
  source: string,
  filename = '<snippet>',
  limits: Limits = DEFAULT_LIMITS,
  install: Installer = installMlflow,
): RunResult {
  let compiled: Compiled;
  try {
    compiled = compile(source);
  } catch (e) {
    env.out.write('stderr', `internal error: ${describe(e)}\n`);
    return { exitCode: 1, error: { type: 'InternalError', message: describe(e), line: 0, column: 0 } };
  }
  if (!compiled.ok) {
    const e = compiled.error;
    env.out.write('stderr', formatSyntaxError(e, compiled.lines, filename));
    return { exitCode: 1, error: { type: e.kind, message: e.message, line: e.line, column: e.col + 1 } };
  }
  let interp: Interpreter | null = null;
  // `python -c CODE` runs as "<string>": CPython has no file to read source lines from, so its
  // tracebacks and warnings show none (syntax errors still do: the parser holds the text).
  const sourceShown = filename !== '<string>';
  try {
    writeSyntaxWarnings(env, compiled.body, compiled.lines, filename, sourceShown);
    interp = createInterpreter(env, limits, install);
    interp.runModule(compiled.body, newGlobals(), filename, sourceShown ? compiled.lines : null);
    return { exitCode: 0 };
  } catch (e) {
    if (!interp) {
      env.out.write('stderr', `internal error: ${describe(e)}\n`);
      return { exitCode: 1, error: { type: 'InternalError', message: describe(e), line: 0, column: 0 } };
    }
    try {
      return finish(interp, e, filename);
    } catch (inner) {
      env.out.write('stderr', `internal error: ${describe(inner)}\n`);
      return { exitCode: 1, error: { type: 'InternalError', message: describe(inner), line: 0, column: 0 } };
    }
  }
}

export interface PythonRepl {
  /** Feeds one line; 'more' means the caller shows the `... ` prompt. */
  feed(line: string): 'more' | 'ready';
  /** Ctrl-C: prints KeyboardInterrupt and discards the pending block. */
  interrupt(): void;
  /** True after exit()/quit()/sys.exit(). */
  readonly exited: boolean;
  /** The last statement run ended in an uncaught exception or a syntax error (a replay failed). */
  readonly raised: boolean;
}

const BLOCK_START = /^(if|elif|else|for|while|def|class|try|except|finally|with|async|match|case)\b|^@/;

/** An interactive session: state persists between inputs, like `python3` at a terminal. */
export function createPythonRepl(env: SimEnv, limits: Limits = DEFAULT_LIMITS): PythonRepl {
  let interp: Interpreter | null = null;
  const globals = newGlobals();
  let buffer: string[] = [];
  let exited = false;
  let raised = false;
  const getInterp = () => (interp ??= createInterpreter(env, limits));

  const run = (source: string) => {
    raised = true; // until the statement has run to its end
    let compiled: Compiled;
    try {
      compiled = compile(source);
    } catch (e) {
      env.out.write('stderr', `internal error: ${describe(e)}\n`);
      return;
    }
    if (!compiled.ok) {
      env.out.write('stderr', formatSyntaxError(compiled.error, compiled.lines, '<stdin>'));
      return;
    }
    const it = getInterp();
    writeSyntaxWarnings(env, compiled.body, compiled.lines, '<stdin>', false);
    try {
      it.runModule(compiled.body, globals, '<stdin>', null, (v) => {
        if (v === null) return;
        it.builtins.set('_', v);
        it.write('stdout', it.repr(v) + '\n');
      });
      raised = false;
    } catch (e) {
      try {
        if (e instanceof PyRaise && e.exc.cls.isSubclassOf(C.SystemExit)) {
          finish(it, e, '<stdin>');
          exited = true;
          raised = false;
          return;
        }
        finish(it, e, '<stdin>');
      } catch (inner) {
        env.out.write('stderr', `internal error: ${describe(inner)}\n`);
      }
    }
  };

  return {
    get exited() {
      return exited;
    },
    get raised() {
      return raised;
    },
    interrupt() {
      buffer = [];
      env.out.write('stderr', 'KeyboardInterrupt\n');
    },
    feed(line: string) {
      if (exited) return 'ready';
      buffer.push(line);
      const source = buffer.join('\n');
      const blank = line.trim() === '';
      if (buffer.length === 1 && blank) {
        buffer = [];
        raised = false;
        return 'ready';
      }
      const scanned = scan(source + '\n');
      if (scanned.openTripleQuote || (!scanned.error && scanned.unclosed) || line.endsWith('\\')) return 'more';
      const first = buffer[0]!.trim();
      // A compound statement (even `for x in y: f(x)` on one line) waits for a blank line, as in
      // CPython's REPL, unless it already has an error that more lines cannot fix.
      if (BLOCK_START.test(first) && !blank) {
        const c = compile(source + '\n');
        if (c.ok || c.error.missingBlock) return 'more';
      }
      buffer = [];
      run(source + '\n');
      return 'ready';
    },
  };
}
