// The Python case files (test/python/cases/**/NAME.py) seen from the real MLflow: which ones
// touch `mlflow` (their expectations are recordings), which say they cannot match and why, and
// where a recording lives. Shared by `npm run record:real` and test/python/cases.test.ts.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './locate.ts';

export const CASES_ROOT = join(REPO_ROOT, 'test/python/cases');

/** What a recording's sidecar (`NAME.recorded.json`) holds beside NAME.stdout / NAME.stderr. */
export interface RecordingInfo {
  /** `mlflow.__version__` of the real MLflow that printed it. */
  readonly mlflow: string;
  /** The upstream MLflow commit it was built from. */
  readonly commit: string;
  /** The program's exit status (1 after an uncaught exception). */
  readonly exitCode: number;
}

export function findCaseFiles(dir: string = CASES_ROOT): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findCaseFiles(path);
      return name.endsWith('.py') ? [path] : [];
    });
}

/** The case's name as the tests show it: `mlflow/alias-delete`. */
export const caseName = (path: string): string => relative(CASES_ROOT, path).replace(/\.py$/, '');

/** A case touches MLflow when it imports it; its expected output then comes from the real one. */
export const touchesMlflow = (source: string): boolean => /^\s*(?:import|from)\s+mlflow\b/m.test(source);

/**
 * A `# cannot-match: why` line (by convention the case's last line): the simulator rightly differs from
 * the real MLflow here (no numpy, its time limit, its documented subset), so the case keeps a
 * hand-checked simulator expectation and src/engine/python/README.md lists it.
 */
export function cannotMatchReason(source: string): string | null {
  return marker(source, 'cannot-match');
}

/** A `# <name>: why` comment line, anywhere (at the end, so adding one shifts no line numbers). */
function marker(source: string, name: string): string | null {
  const m = new RegExp(`^# ${name}: (.+)$`, 'm').exec(source);
  return m?.[1]?.trim() ?? null;
}

/**
 * A `# known-difference: what` line (by convention the case's last line): the recording shows real MLflow
 * doing something the simulator does not do yet. The case test then asserts that the two still
 * differ, so fixing the simulator makes the test fail until the marker goes (README: "Known
 * differences" lists them).
 */
export function knownDifference(source: string): string | null {
  return marker(source, 'known-difference');
}
