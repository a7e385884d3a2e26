// The lab builder's state: the draft's fields and the steps recorded from the studio's terminal,
// kept per scenario in localStorage so a reload loses nothing. Recording follows the session:
// every finished line is a step, and a Reset (the terminal's or the builder's) starts over, since
// the recorded steps must always replay from the scenario to the registry on screen.
import { atom } from 'nanostores';
import { z } from 'zod/mini';
import { PROGRAM, type RecordedStep } from '../studio/lab-draft.ts';
import { $lastRun, $registry, $resets, runPython, type PythonRunOutcome } from './session.ts';
import { STORAGE_PREFIX, load, save } from './storage.ts';

export interface DraftFields {
  id: string;
  lesson: string;
  order: number;
  title: string;
  story: string;
  realMlflow: string;
  nudge: string;
  concept: string;
  /** Ids (checkId) of proposed checks the instructor unticked. */
  unticked: string[];
}

const stepSchema = z.object({ prompt: z.string(), input: z.string(), changed: z.boolean() });
const storedSchema = z.object({
  v: z.literal(1),
  fields: z.object({
    id: z.string(),
    lesson: z.string(),
    order: z.number(),
    title: z.string(),
    story: z.string(),
    realMlflow: z.string(),
    nudge: z.string(),
    concept: z.string(),
    unticked: z.array(z.string()),
  }),
  steps: z.array(stepSchema),
});

export const $draft = atom<DraftFields | null>(null);
export const $steps = atom<readonly RecordedStep[]>([]);

const keyOf = (scenario: string): string => `${STORAGE_PREFIX}studio:${scenario}`;

let stop: (() => void) | null = null;
let persistNow: () => void = () => {};

/** Load the scenario's draft (or start one from `fresh`) and record the terminal from now on. */
export function startStudio(scenario: string, fresh: DraftFields): void {
  stop?.();
  const loaded = load(keyOf(scenario), storedSchema);
  $draft.set(loaded.status === 'ok' ? loaded.value.fields : fresh);
  $steps.set(loaded.status === 'ok' ? loaded.value.steps : []);
  const persist = (): void => {
    const fields = $draft.get();
    if (fields) save(keyOf(scenario), { v: 1, fields, steps: $steps.get() });
  };
  let before = JSON.stringify($registry.get().models);
  const offRun = $lastRun.listen((run) => {
    if (!run) return;
    const now = JSON.stringify($registry.get().models);
    $steps.set([...$steps.get(), { prompt: run.prompt, input: run.input, changed: now !== before }]);
    before = now;
    persist();
  });
  const offReset = $resets.listen(() => {
    $steps.set([]);
    before = JSON.stringify($registry.get().models);
    persist();
  });
  const offDraft = $draft.listen(persist);
  persistNow = persist;
  stop = () => {
    offRun();
    offReset();
    offDraft();
  };
}

export function updateDraft(patch: Partial<DraftFields>): void {
  const d = $draft.get();
  if (d) $draft.set({ ...d, ...patch });
}

export function toggleCheck(id: string): void {
  const d = $draft.get();
  if (!d) return;
  updateDraft({ unticked: d.unticked.includes(id) ? d.unticked.filter((x) => x !== id) : [...d.unticked, id] });
}

/** Run a program from the studio's editor in its session; it becomes a step of the Python route. */
export async function runProgram(source: string): Promise<PythonRunOutcome> {
  const result = await runPython(source, 'studio.py');
  $steps.set([...$steps.get(), { prompt: PROGRAM, input: source, changed: result.changes.length > 0 }]);
  persistNow();
  return result;
}
