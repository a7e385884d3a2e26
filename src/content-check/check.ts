// `npm run check:content`: every content file against its schema, every lesson's runnable blocks
// replayed in order in ONE session from the lesson's scenario, every verified answer key proven
// by running each option, and the lints (one correct option, test mix, ids, links, shorthand).
// Pure apart from the engine it is given: the CLI (./cli.ts) reads the files.
import type { Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { formatDiff, matchOutput, outputLines, parseTranscript, replayTranscript } from '../engine/transcript.ts';
import { ContentError, parseWithFriendlyErrors } from '../schemas/friendly.ts';
import { lessonSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { questionBankSchema, type Question, type QuestionBank, type RunSteps } from '../schemas/question.ts';
import { pythonOutputLines, type CheckEngine, type CheckSession } from './engine.ts';
import { unmetGoal } from './goal.ts';
import { readLessonSource } from './mdx.ts';
import { extractRunnables, RunnableSyntaxError, type Runnable } from './runnables.ts';

export interface ContentFile {
  /** Path as shown in messages, e.g. `content/lessons/model-stages.mdx`. */
  readonly path: string;
  readonly text: string;
}

export interface ContentFiles {
  readonly lessons: readonly ContentFile[];
  readonly questions: readonly ContentFile[];
  readonly scenarios: readonly ContentFile[];
}

export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export interface Report {
  /** Runnable blocks whose expected output the engine reproduced. */
  readonly examples: number;
  /** Questions whose answer key a simulation proved. */
  readonly questions: number;
  readonly problems: readonly Problem[];
  /** Questions with no `verify`: listed, not failed. */
  readonly unproven: readonly string[];
}

export interface CheckOptions {
  /** Site routes other than lessons that internal links may point to (e.g. `/`, `/guide`). */
  readonly routes?: readonly string[];
}

const SHORTHAND = /\b(transition-stage|transition-version|list-versions)\b/;

function baseName(path: string, ext: RegExp): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(ext, '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Problems from a thrown ContentError (one per field) or any other error. */
function problemsFrom(error: unknown, file: string): Problem[] {
  if (error instanceof ContentError) return error.message.split('\n').map((message) => ({ file, message: message.replace(`${file}: `, '') }));
  return [{ file, message: messageOf(error) }];
}

function readYaml(file: ContentFile, problems: Problem[]): unknown {
  try {
    return parseYaml(file.text);
  } catch (error) {
    problems.push({ file: file.path, message: `not valid YAML: ${messageOf(error)}` });
    return undefined;
  }
}

interface Lesson {
  readonly file: string;
  readonly slug: string;
  readonly meta: LessonFrontmatter;
  readonly tree: Root;
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
      if (declared !== name) problems.push({ file: file.path, message: `field "name": expected "${name}" (the file name), found ${JSON.stringify(declared)}` });
      scenarios.set(name, spec);
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return scenarios;
}

function readBanks(files: readonly ContentFile[], problems: Problem[]): Map<string, { file: string; bank: QuestionBank }> {
  const banks = new Map<string, { file: string; bank: QuestionBank }>();
  for (const file of files) {
    const data = readYaml(file, problems);
    if (data === undefined) continue;
    try {
      const bank = parseWithFriendlyErrors(questionBankSchema, data, file.path);
      const name = baseName(file.path, /\.ya?ml$/);
      if (bank.bank !== name) problems.push({ file: file.path, message: `field "bank": expected "${name}" (the file name), found "${bank.bank}"` });
      banks.set(name, { file: file.path, bank });
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return banks;
}

function readLessons(files: readonly ContentFile[], problems: Problem[]): Map<string, Lesson> {
  const lessons = new Map<string, Lesson>();
  for (const file of files) {
    const slug = baseName(file.path, /\.mdx$/);
    try {
      const { frontmatter, tree } = readLessonSource(file.text);
      lessons.set(slug, { file: file.path, slug, meta: parseWithFriendlyErrors(lessonSchema, frontmatter ?? {}, file.path), tree });
    } catch (error) {
      problems.push(...problemsFrom(error, file.path));
    }
  }
  return lessons;
}

export function checkContent(files: ContentFiles, engine: CheckEngine, options: CheckOptions = {}): Report {
  const problems: Problem[] = [];
  const unproven: string[] = [];
  let examples = 0;
  let questions = 0;

  const scenarios = readScenarios(files.scenarios, engine, problems);
  const banks = readBanks(files.questions, problems);
  const lessons = readLessons(files.lessons, problems);
  // A lesson whose file exists but is invalid is already reported; references to it are not.
  const lessonFiles = new Set(files.lessons.map((f) => baseName(f.path, /\.mdx$/)));

  const known = (names: Iterable<string>): string => {
    const list = [...names].sort();
    return list.length ? ` (known: ${list.join(', ')})` : '';
  };
  const routes = new Set(['/', '/guide', '/lessons', ...(options.routes ?? [])].map(normalizeRoute));

  for (const lesson of lessons.values()) {
    const { file, meta } = lesson;
    if (!banks.has(meta.questionBank)) problems.push({ file, message: `field "questionBank": unknown question bank "${meta.questionBank}"${known(banks.keys())}` });
    problems.push(...lessonLinkProblems(lesson, lessons, routes));
    let runnables: Runnable[];
    try {
      runnables = extractRunnables(lesson.tree, lesson.slug);
    } catch (error) {
      if (error instanceof RunnableSyntaxError) problems.push({ file, line: error.line, message: error.message.replace(/^line \d+: /, '') });
      else problems.push({ file, message: messageOf(error) });
      continue;
    }
    if (!scenarios.has(meta.scenario)) {
      problems.push({ file, message: `field "scenario": unknown scenario "${meta.scenario}"${known(scenarios.keys())}; its ${runnables.length} runnable block(s) were not run` });
      continue;
    }
    const outcome = replayLesson(engine, scenarios.get(meta.scenario), runnables, file);
    examples += outcome.proven;
    problems.push(...outcome.problems);
  }

  for (const { file, bank } of banks.values()) {
    const lesson = lessons.get(bank.lesson);
    if (!lessonFiles.has(bank.lesson)) problems.push({ file, message: `field "lesson": unknown lesson "${bank.lesson}"${known(lessonFiles)}` });
    problems.push(...bankLints(bank, file, lessons, routes));
    bank.questions.forEach((question, index) => {
      const where = `question "${question.id}" (questions[${index}])`;
      if (!question.verify) {
        unproven.push(`${file}: ${where}`);
        return;
      }
      const scenarioName = question.scenario ?? lesson?.meta.scenario;
      if (scenarioName === undefined && lessonFiles.has(bank.lesson)) return; // its lesson's error is reported
      if (scenarioName === undefined || !scenarios.has(scenarioName)) {
        problems.push({ file, message: `${where}: unknown scenario "${scenarioName ?? '(none: the bank\'s lesson is unknown)'}"${known(scenarios.keys())}` });
        return;
      }
      const failures = proveAnswerKey(engine, scenarios.get(scenarioName), question);
      if (failures.length === 0) questions += 1;
      for (const message of failures) problems.push({ file, message: `${where}: ${message}` });
    });
  }

  return { examples, questions, problems, unproven };
}

// ---------------------------------------------------------------------------------------------
// Lessons

function replayLesson(engine: CheckEngine, spec: unknown, runnables: readonly Runnable[], file: string): { proven: number; problems: Problem[] } {
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
        const result = replayTranscript(session, runnable.transcript);
        if (result.ok) proven += 1;
        for (const failure of result.failures) {
          problems.push({
            file,
            line: runnable.line + failure.line,
            message: `${failure.reason ?? 'output differs'} after ${JSON.stringify(failure.input)} (${runnable.id}; - expected, + actual)\n${formatDiff(failure.diff)}`,
          });
        }
      } else {
        // Same file name and line order as the page's code runner, so tracebacks and warnings agree.
        const actual = pythonOutputLines(session.runPython(runnable.code, `${runnable.id}.py`));
        const match = matchOutput(runnable.expected === '' ? [] : runnable.expected.replace(/\n$/, '').split('\n'), actual);
        if (match.ok) proven += 1;
        else problems.push({ file, line: runnable.outputNode.position?.start.line ?? runnable.line, message: `the output of the python run block differs (${runnable.id}; - expected, + actual)\n${formatDiff(match.diff)}` });
      }
    } catch (error) {
      problems.push({ file, line: runnable.line, message: `the engine failed on ${runnable.id}: ${messageOf(error)}` });
    }
  }
  return { proven, problems };
}

function normalizeRoute(route: string): string {
  const path = route.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

function headingSlugs(tree: Root): Set<string> {
  const slugs = new Set<string>();
  const text = (node: RootContent): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as RootContent[]).map(text).join('') : '');
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        // github-slugger's rule, which Astro uses for heading ids: lowercase, drop punctuation, spaces to dashes.
        const base = text(node).toLowerCase().trim().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
        let slug = base;
        for (let n = 1; slugs.has(slug); n += 1) slug = `${base}-${n}`;
        slugs.add(slug);
      }
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return slugs;
}

function linkProblem(url: string, lessons: Map<string, Lesson>, routes: Set<string>, anchors: Set<string> | undefined): string | undefined {
  if (url.startsWith('#')) {
    if (anchors && !anchors.has(url.slice(1))) return `link "${url}" names no heading on this page`;
    return undefined;
  }
  if (!url.startsWith('/')) return undefined;
  const route = normalizeRoute(url);
  const lesson = /^\/lessons\/([^/]+)$/.exec(route);
  if (lesson) {
    const target = lessons.get(lesson[1] ?? '');
    if (!target) return `link "${url}" points to no lesson (known: ${[...lessons.keys()].sort().join(', ')})`;
    const hash = /#(.+)$/.exec(url)?.[1];
    if (hash && !headingSlugs(target.tree).has(hash)) return `link "${url}" names no heading of lesson ${target.slug}`;
    return undefined;
  }
  if (routes.has(route)) return undefined;
  // Dynamic pages such as /lessons/[slug]/practice: `[param]` matches a segment; a lesson slug must exist.
  const segments = route.split('/');
  for (const pattern of routes) {
    const parts = pattern.split('/');
    if (parts.length !== segments.length || !pattern.includes('[')) continue;
    if (parts.every((part, i) => part === segments[i] || /^\[.+\]$/.test(part))) {
      const slug = parts[1] === 'lessons' && /^\[.+\]$/.test(parts[2] ?? '') ? segments[2] : undefined;
      return slug === undefined || lessons.has(slug) ? undefined : `link "${url}" points to no lesson (known: ${[...lessons.keys()].sort().join(', ')})`;
    }
  }
  return `link "${url}" points to no page of the site`;
}

function lessonLinkProblems(lesson: Lesson, lessons: Map<string, Lesson>, routes: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const anchors = headingSlugs(lesson.tree);
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'link') {
        const message = linkProblem(node.url, lessons, routes, anchors);
        if (message) problems.push({ file: lesson.file, line: node.position?.start.line, message });
      }
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(lesson.tree.children);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Questions

function markdownLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
}

function questionText(q: Question): string {
  return [q.prompt, q.code?.source ?? '', ...q.options.map((o) => o.text), ...q.hints, ...q.solution].join('\n');
}

function bankLints(bank: QuestionBank, file: string, lessons: Map<string, Lesson>, routes: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  bank.questions.forEach((q, index) => {
    const where = `question "${q.id}" (questions[${index}])`;
    const say = (message: string) => problems.push({ file, message: `${where}: ${message}` });
    if (seen.has(q.id)) say(`the id "${q.id}" is used twice in this bank`);
    seen.add(q.id);
    const optionIds = q.options.map((o) => o.id);
    const dup = optionIds.find((id, i) => optionIds.indexOf(id) !== i);
    if (dup) say(`option id "${dup}" is used twice`);
    const correct = q.options.filter((o) => o.correct).map((o) => o.id);
    if (!q.multiple && correct.length !== 1) say(`a single-choice question needs exactly one correct option, found ${correct.length}${correct.length ? ` (${correct.join(', ')})` : ''}`);
    if (q.multiple && correct.length === 0) say('a multiple-choice question needs at least one correct option');
    if (q.use.includes('practice')) {
      if (q.hints.length === 0) say('a practice question needs at least one hint');
      if (q.solution.length === 0) say('a practice question needs a step-by-step solution');
    }
    if (SHORTHAND.test(questionText(q)) && !q.shorthand) say('it mentions the course shorthand CLI (transition-stage, transition-version or list-versions), so it needs `shorthand: true`');
    const kind = q.verify?.kind;
    if ((kind === 'goal' || kind === 'fails' || kind === 'succeeds') && q.options.some((o) => !o.run)) say(`verify kind "${kind}" needs \`run\` steps on every option (missing on ${q.options.filter((o) => !o.run).map((o) => o.id).join(', ')})`);
    if (kind === 'output' && !q.code) say('verify kind "output" needs the question\'s `code` to run');
    for (const url of [q.prompt, ...q.options.map((o) => `${o.text}\n${o.explanation}`), ...q.hints, ...q.solution].flatMap(markdownLinks)) {
      const message = linkProblem(url, lessons, routes, undefined);
      if (message) say(message);
    }
  });
  const test = bank.questions.filter((q) => q.use.includes('test'));
  if (test.length > 0) {
    const count = (d: Question['difficulty']) => test.filter((q) => q.difficulty === d).length;
    const mix = `${count('easy')} easy, ${count('medium')} medium, ${count('hard')} hard`;
    if (test.length !== 10) problems.push({ file, message: `the test needs exactly 10 questions, found ${test.length} (${mix})` });
    if (count('easy') < 3 || count('medium') < 3 || count('hard') < 2) problems.push({ file, message: `the test needs at least 3 easy, 3 medium and 2 hard questions, found ${mix}` });
  }
  return problems;
}

interface StepsOutcome {
  readonly failed: boolean;
  readonly output: string[];
}

function runSteps(session: CheckSession, steps: RunSteps | { console: string }, filename: string): StepsOutcome {
  if ('python' in steps) {
    const run = session.runPython(steps.python, filename);
    const output = pythonOutputLines(run);
    return { failed: run.exitCode !== 0 || output.some((l) => l.startsWith('Traceback (most recent call last):')), output };
  }
  const lines = 'shell' in steps ? steps.shell : parseTranscript(steps.console.split('\n').map((l) => (/^(\$ |>>> |\.\.\. )/.test(l) || l.trim() === '' ? l : `$ ${l}`)).join('\n')).map((s) => s.input);
  let failed = false;
  const output: string[] = [];
  for (const line of lines) {
    const result = session.run(line);
    if ((result.exitCode ?? 0) !== 0) failed = true;
    output.push(...outputLines(result.lines));
  }
  return { failed, output };
}

function stripCode(text: string): string {
  const m = /^`([^`]*)`$/.exec(text.trim());
  return m ? (m[1] ?? '') : text;
}

/** Run what the question's verify asks for; return what contradicts the answer key. */
export function proveAnswerKey(engine: CheckEngine, spec: unknown, q: Question): string[] {
  const verify = q.verify;
  if (!verify) return [];
  const keyed = q.options.filter((o) => o.correct).map((o) => o.id);
  const key = keyed.join(', ') || '(none)';
  try {
    if (verify.kind === 'output') {
      if (!q.code) return [];
      const run = runSteps(engine.newSession(spec, { strict: verify.strict }), q.code.lang === 'python' ? { python: q.code.source } : { console: q.code.source }, `${q.id}.py`);
      const matching = q.options.filter((o) => matchOutput((o.output ?? stripCode(o.text)).replace(/\n$/, '').split('\n'), run.output).ok).map((o) => o.id);
      if (matching.join(', ') === key) return [];
      return [`the answer key says ${key}, but the snippet's real output matches ${matching.join(', ') || 'no option'}; it printed:\n${run.output.map((l) => `  ${l}`).join('\n')}`];
    }
    const outcomes = q.options.map((o) => ({ id: o.id, ...runOption(engine.newSession(spec, { strict: verify.strict }), o.run, verify.kind === 'goal' ? verify.goal : undefined, `${q.id}-${o.id}.py`) }));
    const chosen = outcomes.filter((o) => (verify.kind === 'goal' ? o.unmet.length === 0 : verify.kind === 'fails' ? o.failed : !o.failed)).map((o) => o.id);
    if (chosen.join(', ') === key) return [];
    const verb = verify.kind === 'goal' ? 'reach the goal' : verify.kind === 'fails' ? 'fail' : 'succeed';
    const details = outcomes.map((o) => `  ${o.id}: ${verify.kind === 'goal' ? (o.unmet.length ? o.unmet.join('; ') : 'reaches the goal') : o.failed ? 'fails' : 'succeeds'}${o.last ? ` (last line: ${o.last})` : ''}`);
    return [`the answer key says ${key}, but in the simulation ${chosen.length ? `${chosen.join(', ')} ${verb}` : `no option does ${verb}`}\n${details.join('\n')}`];
  } catch (error) {
    return [`the engine failed while proving it: ${messageOf(error)}`];
  }
}

function runOption(session: CheckSession, steps: RunSteps | undefined, goal: Parameters<typeof unmetGoal>[1] | undefined, filename: string): { failed: boolean; unmet: string[]; last: string | undefined } {
  if (!steps) return { failed: false, unmet: ['has no run steps'], last: undefined };
  const outcome = runSteps(session, steps, filename);
  const last = outcome.output.filter((l) => l.trim() !== '').at(-1);
  return { failed: outcome.failed, unmet: goal ? unmetGoal(session.registry, goal) : [], last };
}

/** The report's last line, e.g. `check:content: 42 examples and 15 questions proven, 0 failed`. */
export function summaryLine(report: Report): string {
  return `check:content: ${report.examples} examples and ${report.questions} questions proven, ${report.problems.length} failed`;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}
