// click's exceptions as values (click/exceptions.py). A UsageError with a context prints the
// command's usage and a "Try ... --help" hint before `Error: ...`; one raised by the parser
// itself (BadOptionUsage: "Option '-p' requires an argument.") has no context and prints only
// the error line. Both exit 2.
import type { AnySpec } from './spec.ts';

export interface UsageContext {
  /** The command path as typed: `mlflow models serve`. */
  readonly path: string;
  readonly spec: AnySpec;
}

export interface UsageError {
  readonly kind: 'usage';
  readonly message: string;
  /** Absent for errors click's parser raises without a context. */
  readonly ctx?: UsageContext;
}

export function usageError(message: string, ctx?: UsageContext): UsageError {
  return ctx ? { kind: 'usage', message, ctx } : { kind: 'usage', message };
}
