// The terminal language: tokenizer, click-compatible `mlflow` command table, builtins, curl.
export { tokenize } from './tokenize.ts';
export type { Word, SimpleCommand, TokenizeResult } from './tokenize.ts';
export { closeMatches, similarity } from './did-you-mean.ts';
export { runLine } from './run-line.ts';
export { complete } from './complete.ts';
export type { Completion } from './complete.ts';
export { ROOT, MLFLOW_VERSION } from './commands/root.ts';
export { helpText } from './click/help.ts';
export { emptyShellState } from './program.ts';
export type { ShellState, ServerJob, ServedModel, Program, ProgramContext } from './program.ts';
