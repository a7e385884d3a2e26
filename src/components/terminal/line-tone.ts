// How a line the program wrote to stderr should look. Real programs write far more than errors
// to stderr: MLflow's and uvicorn's INFO logs, Python's FutureWarning, the course's own `note:`
// lines. Painting them all as errors tells a learner that `mlflow models serve` failed when it
// started fine. The program that wrote the line said what it is (src/engine/env.ts, Tone), so
// nothing here reads the words; they stay exactly as printed, and each tone's text already says
// what it is (note:, WARNING, INFO, Error), so colour is never the only signal.
import type { Tone } from '../../engine/env.ts';

export type StderrTone = Tone;

/** Tones for a run of screen lines: null for anything but stderr, which is an error unless its writer said otherwise. */
export function stderrTones(
  lines: readonly { readonly kind: string; readonly tone?: Tone | undefined }[],
): (StderrTone | null)[] {
  return lines.map((line) => (line.kind === 'stderr' ? (line.tone ?? 'error') : null));
}
