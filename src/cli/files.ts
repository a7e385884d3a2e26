// Reading the learner's files: a file that cannot be read is the caller's mistake (exit 2 with the
// system's reason), not an internal error.
import { readFileSync } from 'node:fs';

export class FileReadError extends Error {
  readonly file: string;
  readonly errno: number;
  readonly reason: string;
  constructor(file: string, errno: number, reason: string) {
    super(`cannot read ${file}: ${reason}`);
    this.file = file;
    this.errno = errno;
    this.reason = reason;
  }
}

const REASONS: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EISDIR: [21, 'Is a directory'],
  EACCES: [13, 'Permission denied'],
};

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const [errno, reason] = REASONS[code] ?? [5, (e as Error).message];
    throw new FileReadError(file, errno, reason);
  }
}
