// How a line the program wrote to stderr should look. Real programs write far more than errors
// to stderr: MLflow's and uvicorn's INFO logs, Python's FutureWarning, the course's own `note:`
// lines. Painting them all as errors tells a learner that `mlflow models serve` failed when it
// started fine. The words stay exactly as printed; only the colour and the margin mark differ,
// and each tone's text already says what it is (note:, WARNING, INFO, Error).

export type StderrTone = 'error' | 'warning' | 'note' | 'log';

// A log record (`2026/11/27 00:12:06 INFO mlflow...`, `INFO:     Uvicorn running...`): its level decides.
const LOGGING_LEVEL = /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d |)(DEBUG|INFO|WARNING|ERROR|CRITICAL)\b:?/;
// Progress and status lines MLflow prints while it works (mlflow/tracking/_model_registry/fluent.py,
// mlflow/store/artifact), and the shell's job line for `&` (`[1] 1408`).
const STATUS = [
  /^Downloading artifacts:/,
  /^Registered model '.*' already exists\. Creating a new version of this model\.\.\.$/,
  /^Successfully registered model '.*'\.$/,
  /^Created version '.*' of model '.*'\.$/,
  /^Waiting up to \d+ seconds for model version to finish creation\./,
  /^\[\d+\] \d+$/,
];
// `<file>:<line>: FutureWarning: ...` as Python's warnings module formats it.
const PYTHON_WARNING = /^\S.*:\d+: [A-Za-z]*Warning: /;

/** The tone of one stderr line on its own; `null` when only its neighbours can tell (blank or indented). */
function ownTone(text: string): StderrTone | null {
  if (text.trim() === '' || /^\s/.test(text)) return null;
  if (text.startsWith('note:')) return 'note';
  if (PYTHON_WARNING.test(text)) return 'warning';
  const level = LOGGING_LEVEL.exec(text)?.[1];
  if (level === 'WARNING') return 'warning';
  if (level === 'DEBUG' || level === 'INFO') return 'log';
  if (level) return 'error';
  if (STATUS.some((re) => re.test(text))) return 'log';
  return 'error';
}

/**
 * Tones for a run of screen lines. A blank or indented stderr line continues the block above it
 * (a traceback's `  File ...` lines, the source line under a FutureWarning, click's blank line
 * between `Try ...` and `Error: ...`); anything else that is not recognised is an error, as before.
 */
export function stderrTones(lines: readonly { readonly kind: string; readonly text: string }[]): (StderrTone | null)[] {
  let previous: StderrTone | null = null;
  return lines.map((line) => {
    if (line.kind !== 'stderr') {
      previous = null;
      return null;
    }
    const tone = ownTone(line.text) ?? previous ?? 'error';
    previous = tone;
    return tone;
  });
}
