// The lab builder's draft: what an instructor has typed into /studio, turned into a lab file. The
// same schema (src/schemas/lab.ts) validates it and the same checker (src/content-check/labs.ts)
// proves it as `npm run check:content` will, so a downloaded lab is known good before it is saved.
import { stringify } from 'yaml';
import type { GoalCheck } from '../engine/goal-schema.ts';
import { labLints, proveLab, replLines, routeOperations } from '../content-check/labs.ts';
import { simulator } from '../content-check/engine.ts';
import { describeProblem, problemsOf } from '../schemas/friendly.ts';
import { labSchema, type Lab, type LabInput } from '../schemas/lab.ts';

/** One line the instructor typed, as the terminal ran it, or one program run from the editor. */
export interface RecordedStep {
  /** The prompt it was typed at: '$ ', '>>> ' or '... '; `program` for a program from the editor. */
  readonly prompt: string;
  /** The line, or the program's whole text. */
  readonly input: string;
  /** It changed the registry (it counts towards par). */
  readonly changed: boolean;
}

/** The prompt of a step that is a whole program run from the studio's editor. */
export const PROGRAM = 'program';

export interface LabDraft {
  id: string;
  lesson: string;
  order: number;
  title: string;
  story: string;
  scenario: string;
  realMlflow: string;
  nudge: string;
  concept: string;
  /** The registered model the goal is about. */
  model: string;
  checks: GoalCheck[];
  steps: RecordedStep[];
}

const REPL = new Set(['>>> ', '... ']);

/** The solution the recorded steps give: the lines as typed, and a Python program when they were all Python. */
export function solutionOf(steps: readonly RecordedStep[]): { terminal?: string[]; python?: string } {
  // Programs from the editor are the Python route, run one after another as one program.
  if (steps.length > 0 && steps.every((s) => s.prompt === PROGRAM))
    return { python: `${steps.map((s) => s.input.replace(/\n+$/, '')).join('\n')}\n` };
  const terminal = steps.map((s) => s.input);
  // A session that opened Python once and typed only Python is also a program (without the REPL's
  // `python` and `exit()`), which the checker proves separately, as the schema's `python` says.
  const [first, ...rest] = steps;
  const body = rest.filter((s, i) => !(i === rest.length - 1 && /^(exit|quit)\(\)$/.test(s.input.trim())));
  const allPython =
    first?.prompt === '$ ' && /^python3?$/.test(first.input.trim()) && rest.every((s) => REPL.has(s.prompt));
  const code = body
    .map((s) => s.input)
    .join('\n')
    .trim();
  return allPython && code ? { terminal, python: `${code}\n` } : { terminal };
}

/**
 * Par as the lab schema defines it: the registry-changing operations the recorded route took
 * (`python`, imports, `c = MlflowClient()` and reads are free; check:content counts the same way).
 */
export function parOf(steps: readonly RecordedStep[]): number {
  return Math.max(1, steps.filter((s) => s.changed).length);
}

/** The exact-command hint tier: the recorded lines (or programs) in a code block. */
export function commandHint(steps: readonly RecordedStep[]): string {
  return `\`\`\`\n${steps.map((s) => s.input.replace(/\n+$/, '')).join('\n')}\n\`\`\`\n`;
}

export function draftToLab(d: LabDraft): LabInput {
  const solution = solutionOf(d.steps);
  return {
    id: d.id,
    lesson: d.lesson,
    order: d.order,
    title: d.title,
    story: d.story.endsWith('\n') || d.story === '' ? d.story : `${d.story}\n`,
    scenario: d.scenario,
    realMlflow: d.realMlflow,
    goal: { model: d.model, checks: d.checks },
    hints: { nudge: d.nudge, concept: d.concept, command: commandHint(d.steps) },
    solution: solution.python && !solution.terminal ? { python: solution.python } : solution,
    par: parOf(d.steps),
  };
}

export type DraftVerdict =
  | { readonly ok: true; readonly lab: Lab; readonly yaml: string }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The labs the course already has: a new one must not reuse an id, or an order within its lesson. */
export interface ExistingLab {
  readonly id: string;
  readonly lesson: string;
  readonly order: number;
}

/** The first order number no lab of the lesson uses. */
export function nextOrder(existing: readonly ExistingLab[], lesson: string): number {
  const used = new Set(existing.filter((l) => l.lesson === lesson).map((l) => l.order));
  let n = 1;
  while (used.has(n)) n++;
  return n;
}

/** Validate with the lab schema and its lints, then prove from the scenario with the checker. */
export function checkDraft(d: LabDraft, scenarioSpec: unknown, existing: readonly ExistingLab[] = []): DraftVerdict {
  if (d.steps.length === 0)
    return { ok: false, problems: ['record the solution: act it out in the terminal or the editor first'] };
  const programs = d.steps.filter((s) => s.prompt === PROGRAM).length;
  if (programs > 0 && programs < d.steps.length)
    return {
      ok: false,
      problems: [
        'one route per recording: the steps mix terminal lines and editor programs; Reset and record it one way',
      ],
    };
  if (d.checks.length === 0) return { ok: false, problems: ['goal: tick at least one proposed check'] };
  const input = draftToLab(d);
  const parsed = labSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, input).map(describeProblem) };
  // Par exactly as the checker counts it, over both routes the solution gives.
  const routes = [routeOperations(simulator.newSession(scenarioSpec), parsed.data.solution.terminal ?? [])];
  if (parsed.data.solution.python)
    routes.push(routeOperations(simulator.newSession(scenarioSpec), replLines(parsed.data.solution.python)));
  const lab = { ...parsed.data, par: Math.max(1, ...routes) };
  input.par = lab.par;
  const clashes: string[] = [];
  if (existing.some((l) => l.id === lab.id)) clashes.push(`field "id": the course already has a lab "${lab.id}"`);
  const sameOrder = existing.find((l) => l.lesson === lab.lesson && l.order === lab.order);
  if (sameOrder)
    clashes.push(
      `field "order": ${lab.order} is already used by ${sameOrder.id} in lesson "${lab.lesson}" (${nextOrder(existing, lab.lesson)} is free)`,
    );
  const problems = [...clashes, ...labLints(lab), ...proveLab(simulator, scenarioSpec, lab)];
  if (problems.length) return { ok: false, problems };
  return { ok: true, lab, yaml: labYaml(input) };
}

/** The file as an author would write it: a header, then the fields in the schema's order. */
export function labYaml(lab: LabInput): string {
  const header = `# Lab "${lab.title}" for the ${lab.lesson} lesson, made in the lab builder (/studio).\n# Save as content/labs/${lab.id}.yaml; \`npm run check:content\` proves it.\n`;
  return header + stringify(lab, { lineWidth: 100 });
}
