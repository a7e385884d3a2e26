// `npm run check:content`: every content file against its schema, every lesson's runnable blocks
// replayed in order in ONE session from the lesson's scenario, every verified answer key proven
// by running each option, and the lints (one correct option, test mix, ids, links, shorthand).
// Pure apart from the engine it is given: the CLI (./cli.ts) reads the files.
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { firstDifference, formatDiff, matchOutput, replaySteps } from '../engine/transcript.ts';
import { closeMatches } from '../engine/shell/did-you-mean.ts';
import {
  ContentError,
  describeProblem,
  parseWithFriendlyErrors,
  problemsOf,
  type FieldProblem,
} from '../schemas/friendly.ts';
import { lessonSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { questionBankSchema, type QuestionBank } from '../schemas/question.ts';
import { labSchema, type Lab } from '../schemas/lab.ts';
import { proveAnswerKey } from './answer-key.ts';
import { proveCommandKey, proveOrderKey } from './typed-keys.ts';
import { labLints, lessonLabLints, proveLab } from './labs.ts';
import { pythonOutputLines, type CheckEngine, type CheckSession } from './engine.ts';
import { lessonLinkProblems, normalizeRoute } from './links.ts';
import { bankLints } from './lints.ts';
import { poolLints } from './pool-lints.ts';
import { firstLine, readLessonSource } from '../lessons/source.ts';
import { formatProblem, locateProblems, sortProblems, type Problem, type YamlSource } from './problem.ts';
import { readRunnables, type Runnable } from '../lessons/runnables.ts';

export interface ContentFile {
  /** Path as shown in messages, e.g. `content/lessons/model-stages.mdx`. */
  readonly path: string;
  readonly text: string;
}

export interface ContentFiles {
  readonly lessons: readonly ContentFile[];
  readonly questions: readonly ContentFile[];
  readonly scenarios: readonly ContentFile[];
  /** content/labs/*.yaml; a course without labs may leave it out. */
  readonly labs?: readonly ContentFile[];
}

export type { Problem } from './problem.ts';

export interface Report {
  /** Runnable blocks whose expected output the engine reproduced. */
  readonly examples: number;
  /** Questions whose answer key a simulation proved. */
  readonly questions: number;
  /** Labs whose reference solution reaches the goal (and whose start does not); undefined when the course has no lab files. */
  readonly labs?: number;
  readonly problems: readonly Problem[];
  /** Questions with no `verify`: listed, not failed. */
  readonly unproven: readonly string[];
}

export interface CheckOptions {
  /** Site routes other than lessons that internal links may point to (e.g. `/`, `/guide`). */
  readonly routes?: readonly string[];
  /**
   * Check one file (its path as shown): every file is still read and validated, so references
   * resolve, but only this one's examples, answer keys or lab are run, and only its problems are
   * reported. What `npm run dev` does when a file is saved, so the answer comes within a second.
   */
  readonly only?: string;
  /**
   * `false`: read, validate and lint only; run no example, answer key or lab. The dev server's
   * first answer to a save (a schema or YAML mistake shows at once; the proofs follow).
   */
  readonly proofs?: boolean;
}

function baseName(path: string, ext: RegExp): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(ext, '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Problems from a thrown ContentError (one per field, each with its path) or any other error. */
function problemsFrom(error: unknown, file: string): Problem[] {
  if (error instanceof ContentError)
    return error.problems.map((p) => ({ file, message: describeProblem(p), ...(p.path ? { path: p.path } : {}) }));
  return [{ file, message: messageOf(error) }];
}

function readYaml(file: ContentFile, problems: Problem[]): unknown {
  try {
    return parseYaml(file.text);
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    problems.push({
      file: file.path,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
      message: `not valid YAML: ${firstLine(error)}`,
    });
    return undefined;
  }
}

interface Lesson {
  readonly file: string;
  readonly slug: string;
  /**
   * The frontmatter's valid fields. When some field is wrong it is reported, and the lesson is
   * still checked with the fields that are right (its examples run if its scenario is known), so
   * one mistake does not hide the others.
   */
  readonly meta: Partial<LessonFrontmatter>;
  readonly tree: Root;
}

/** For a field the schema does not know: the missing field it was probably meant to be. */
function misspeltField(p: FieldProblem, data: unknown): string | undefined {
  const key = p.path?.length === 1 ? p.path[0] : undefined;
  const lessonFields = Object.keys(lessonSchema.shape);
  if (typeof key !== 'string' || lessonFields.includes(key)) return undefined;
  const given = new Set(Object.keys(typeof data === 'object' && data !== null ? data : {}));
  const [match] = closeMatches(
    key,
    lessonFields.filter((f) => !given.has(f)),
    1,
  );
  return match ? `did you mean "${match}"?` : undefined;
}

/** Each field of the frontmatter that is valid on its own, with the schema's defaults. */
function validFields(data: unknown): Partial<LessonFrontmatter> {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(lessonSchema.shape)) {
    const r = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(raw[key]);
    if (r.success && r.data !== undefined) fields[key] = r.data;
  }
  return fields as Partial<LessonFrontmatter>;
}

function readScenarios(files: readonly ContentFile[], engine: CheckEngine, problems: Problem[]): Map<string, unknown> {
  const scenarios = new Map<string, unknown>();
  for (const file of files) {
    const data = readYaml(file, problems);
    if (data === undefined) continue;
    try {
      const spec = engine.parseScenario(data, file.path);
      const name = baseName(file.path, /\.ya?ml$/);
      const declared = (spec as { name?: unknown }).name;
      if (declared !== name)
        problems.push({
          file: file.path,
          message: `field "name": expected "${name}" (the file name), found ${JSON.stringify(declared)}`,
        });
      scenarios.set(name, spec);
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return scenarios;
}

function readBanks(
  files: readonly ContentFile[],
  problems: Problem[],
): Map<string, { file: string; bank: QuestionBank }> {
  const banks = new Map<string, { file: string; bank: QuestionBank }>();
  for (const file of files) {
    const data = readYaml(file, problems);
    if (data === undefined) continue;
    try {
      const bank = parseWithFriendlyErrors(questionBankSchema, data, file.path);
      const name = baseName(file.path, /\.ya?ml$/);
      if (bank.bank !== name)
        problems.push({
          file: file.path,
          message: `field "bank": expected "${name}" (the file name), found "${bank.bank}"`,
        });
      banks.set(name, { file: file.path, bank });
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return banks;
}

function readLessons(
  files: readonly ContentFile[],
  problems: Problem[],
  sources: Map<string, YamlSource>,
): Map<string, Lesson> {
  const lessons = new Map<string, Lesson>();
  for (const file of files) {
    const slug = baseName(file.path, /\.mdx$/);
    try {
      const { frontmatter, frontmatterText, tree, syntax } = readLessonSource(file.text);
      if (frontmatterText !== undefined) sources.set(file.path, { text: frontmatterText, firstLine: 2 });
      for (const p of syntax) problems.push({ file: file.path, ...p });
      const parsed = lessonSchema.safeParse(frontmatter ?? {});
      if (!parsed.success && frontmatter !== undefined)
        for (const p of problemsOf(parsed.error, frontmatter)) {
          const hint = misspeltField(p, frontmatter);
          problems.push({
            file: file.path,
            message: `frontmatter ${describeProblem(p)}`,
            ...(p.path ? { path: p.path } : {}),
            ...(hint ? { hint } : {}),
          });
        }
      if (frontmatter === undefined && !syntax.length)
        problems.push({
          file: file.path,
          line: 1,
          message: 'no frontmatter: a lesson starts with `---`, its fields, then `---`',
        });
      lessons.set(slug, { file: file.path, slug, meta: parsed.success ? parsed.data : validFields(frontmatter), tree });
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return lessons;
}

function readLabs(files: readonly ContentFile[], problems: Problem[]): { file: string; lab: Lab }[] {
  const labs: { file: string; lab: Lab }[] = [];
  for (const file of files) {
    const data = readYaml(file, problems);
    if (data === undefined) continue;
    try {
      const lab = parseWithFriendlyErrors(labSchema, data, file.path);
      const name = baseName(file.path, /\.ya?ml$/);
      if (lab.id !== name)
        problems.push({
          file: file.path,
          message: `field "id": expected "${name}" (the file name), found "${lab.id}"`,
        });
      labs.push({ file: file.path, lab });
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return labs;
}

export function checkContent(files: ContentFiles, engine: CheckEngine, options: CheckOptions = {}): Report {
  const problems: Problem[] = [];
  const unproven: string[] = [];
  let examples = 0;
  let questions = 0;

  // Where each YAML text lives, so a problem's path becomes its line.
  const sources = new Map<string, YamlSource>();
  for (const f of [...files.scenarios, ...files.questions, ...(files.labs ?? [])])
    sources.set(f.path, { text: f.text, firstLine: 1 });
  const scenarios = readScenarios(files.scenarios, engine, problems);
  const banks = readBanks(files.questions, problems);
  const lessons = readLessons(files.lessons, problems, sources);
  // A lesson whose file exists but is invalid is already reported; references to it are not.
  const lessonFiles = new Set(files.lessons.map((f) => baseName(f.path, /\.mdx$/)));

  const known = (names: Iterable<string>): string => {
    const list = [...names].sort();
    return list.length ? ` (known: ${list.join(', ')})` : '';
  };
  const routes = new Set(['/', '/guide', '/lessons', ...(options.routes ?? [])].map(normalizeRoute));

  for (const lesson of lessons.values()) {
    const { file, meta } = lesson;
    if (meta.questionBank !== undefined && !banks.has(meta.questionBank))
      problems.push({
        file,
        path: ['questionBank'],
        message: `field "questionBank": unknown question bank "${meta.questionBank}"${known(banks.keys())}`,
      });
    problems.push(...lessonLinkProblems(lesson, lessons, routes));
    let runnables: Runnable[];
    try {
      const read = readRunnables(lesson.tree, lesson.slug);
      runnables = read.runnables;
      for (const e of read.problems) problems.push({ file, line: e.line, message: e.reason });
    } catch (error) {
      problems.push({ file, message: messageOf(error) });
      continue;
    }
    if (meta.scenario === undefined) {
      if (runnables.length)
        problems.push({
          file,
          path: ['scenario'],
          message: `its ${runnables.length} runnable block(s) were not run: the frontmatter names no valid scenario`,
        });
      continue;
    }
    if (!scenarios.has(meta.scenario)) {
      problems.push({
        file,
        path: ['scenario'],
        message: `field "scenario": unknown scenario "${meta.scenario}"${known(scenarios.keys())}; its ${runnables.length} runnable block(s) were not run`,
      });
      continue;
    }
    if ((options.only !== undefined && options.only !== file) || options.proofs === false) continue;
    const outcome = replayLesson(engine, scenarios.get(meta.scenario), runnables, file);
    examples += outcome.proven;
    problems.push(...outcome.problems);
  }

  for (const { file, bank } of banks.values()) {
    const lesson = lessons.get(bank.lesson);
    if (!lessonFiles.has(bank.lesson))
      problems.push({ file, message: `field "lesson": unknown lesson "${bank.lesson}"${known(lessonFiles)}` });
    problems.push(...bankLints(bank, file, lessons, routes));
    problems.push(...poolLints(bank, file, lesson?.meta.test ?? true));
    bank.questions.forEach((question, index) => {
      const where = `question "${question.id}"`;
      const path = ['questions', index];
      if (question.kind === 'choice' && !question.verify) {
        const at = locateProblems([{ file, path, message: '' }], sources)[0];
        unproven.push(`${file}${at?.line ? `:${at.line}` : ''}: ${where}`);
        return;
      }
      const scenarioName = question.scenario ?? lesson?.meta.scenario;
      if (scenarioName === undefined && lessonFiles.has(bank.lesson)) return; // its lesson's error is reported
      if (scenarioName === undefined || !scenarios.has(scenarioName)) {
        problems.push({
          file,
          path: [...path, 'scenario'],
          message: `${where}: unknown scenario "${scenarioName ?? "(none: the bank's lesson is unknown)"}"${known(scenarios.keys())}`,
        });
        return;
      }
      if ((options.only !== undefined && options.only !== file) || options.proofs === false) return;
      const spec = scenarios.get(scenarioName);
      const failures =
        question.kind === 'command'
          ? proveCommandKey(engine, spec, question)
          : question.kind === 'order'
            ? proveOrderKey(engine, spec, question)
            : proveAnswerKey(engine, spec, question);
      if (failures.length === 0) questions += 1;
      for (const message of failures) problems.push({ file, path, message: `${where}: ${message}` });
    });
  }

  let labs: number | undefined;
  if (files.labs && files.labs.length > 0) {
    labs = 0;
    const read = readLabs(files.labs, problems);
    problems.push(...lessonLabLints(read));
    for (const { file, lab } of read) {
      if (!lessonFiles.has(lab.lesson))
        problems.push({ file, message: `field "lesson": unknown lesson "${lab.lesson}"${known(lessonFiles)}` });
      const failures = labLints(lab);
      if (!scenarios.has(lab.scenario))
        failures.push(
          `field "scenario": unknown scenario "${lab.scenario}"${known(scenarios.keys())}; the lab was not proven`,
        );
      else if ((options.only === undefined || options.only === file) && options.proofs !== false)
        failures.push(...proveLab(engine, scenarios.get(lab.scenario), lab));
      // Proven means clean: a lab with any problem (a lint included) is not counted.
      if (failures.length === 0 && problems.every((p) => p.file !== file)) labs += 1;
      for (const message of failures) problems.push({ file, message });
    }
  }

  const mine = options.only === undefined ? problems : problems.filter((p) => p.file === options.only);
  const located = sortProblems(locateProblems(mine, sources));
  return { examples, questions, ...(labs === undefined ? {} : { labs }), problems: located, unproven };
}

// ---------------------------------------------------------------------------------------------
// Lessons

function replayLesson(
  engine: CheckEngine,
  spec: unknown,
  runnables: readonly Runnable[],
  file: string,
): { proven: number; problems: Problem[] } {
  const problems: Problem[] = [];
  let proven = 0;
  let session: CheckSession;
  try {
    session = engine.newSession(spec);
  } catch (error) {
    return { proven, problems: [{ file, message: `its scenario could not be built: ${messageOf(error)}` }] };
  }
  for (const runnable of runnables) {
    try {
      if (runnable.kind === 'transcript') {
        const result = replaySteps(session, runnable.steps);
        if (result.ok) proven += 1;
        for (const failure of result.failures) {
          problems.push({
            file,
            line: runnable.line + failure.at,
            message: `${failure.reason ?? 'output differs'} after ${JSON.stringify(failure.input)} (${runnable.id}; - expected, + actual)\n${formatDiff(failure.diff)}`,
          });
        }
      } else {
        // Same file name and line order as the page's code runner, so tracebacks and warnings agree.
        const actual = pythonOutputLines(session.runPython(runnable.code, `${runnable.id}.py`));
        const match = matchOutput(
          runnable.expected === '' ? [] : runnable.expected.replace(/\n$/, '').split('\n'),
          actual,
        );
        if (match.ok) proven += 1;
        else
          problems.push({
            file,
            line: (runnable.outputNode.position?.start.line ?? runnable.line) + 1 + (firstDifference(match.diff) ?? 0),
            message: `the output of the python run block differs (${runnable.id}; - expected, + actual)\n${formatDiff(match.diff)}`,
          });
      }
    } catch (error) {
      problems.push({ file, line: runnable.line, message: `the engine failed on ${runnable.id}: ${messageOf(error)}` });
    }
  }
  return { proven, problems };
}

/**
 * The report's last line, e.g. `check:content: 42 examples and 15 questions proven, 0 failed`, or
 * with labs `check:content: 42 examples, 15 questions and 3 labs proven, 0 failed`.
 */
export function summaryLine(report: Report): string {
  const proven =
    report.labs === undefined
      ? `${report.examples} examples and ${report.questions} questions`
      : `${report.examples} examples, ${report.questions} questions and ${report.labs} labs`;
  return `check:content: ${proven} proven, ${report.problems.length} failed`;
}

export { formatProblem };
