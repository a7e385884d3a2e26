// `mlflow-sim new lesson|bank|lab`: scaffolds an instructor starts from. Each writes files that
// pass `npm run check:content` as they are: every field is documented in a comment beside it, and
// the expected output of the lesson's example is produced by running it in the simulator (the
// course's rule: expected output is never written by hand).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ScenarioSpec, buildScenario } from '../engine/registry/index.ts';
import { Session } from '../engine/session.ts';
import { deterministicSources } from '../engine/sources.ts';
import { EXIT_OK } from './exit-codes.ts';
import { bankTemplate, labTemplate, lessonTemplate, scenarioTemplate } from './new-templates.ts';

/** A scaffold that cannot be written: said in one line, exit 2, nothing written. */
export class ScaffoldError extends Error {}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkName(what: string, name: string | undefined): string {
  if (name === undefined) throw new ScaffoldError(`'new ${what}' needs a NAME (lowercase words joined by dashes)`);
  if (!NAME.test(name))
    throw new ScaffoldError(`'${name}' is not a content name: use lowercase words joined by dashes, like "model-tags"`);
  return name;
}

/** The content folder of the project in the current directory. */
function contentDir(): string {
  const dir = join(process.cwd(), 'content');
  if (!existsSync(join(dir, 'lessons')))
    throw new ScaffoldError(`no content/lessons folder in ${process.cwd()}: run it from the course's root folder`);
  return dir;
}

/** Writes every file or none: refuses before writing anything when one already exists. */
function writeAll(files: { path: string; text: string }[]): void {
  const taken = files.filter((f) => existsSync(f.path));
  if (taken.length)
    throw new ScaffoldError(
      `${taken.map((f) => relative(process.cwd(), f.path)).join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}: nothing written`,
    );
  for (const f of files) {
    mkdirSync(join(f.path, '..'), { recursive: true });
    writeFileSync(f.path, f.text);
  }
  for (const f of files) process.stdout.write(`wrote ${relative(process.cwd(), f.path)}\n`);
}

/** What the lesson's first example prints from the scaffold's scenario, as check:content will run it. */
function exampleOutput(scenarioYaml: string, code: string): string {
  const spec = ScenarioSpec.parse(parseYaml(scenarioYaml));
  const sources = deterministicSources(1);
  const session = new Session({ scenario: buildScenario(spec, sources), sources });
  const r = session.runPython(code);
  return r.stdout + r.stderr;
}

/** The lesson's scenario, parsed, with the first model that has a version. */
function lessonScenario(dir: string, lesson: string): { scenario: string; spec: ScenarioSpec; model: string } {
  const scenario = String(lessonFrontmatter(dir, lesson).scenario);
  const path = join(dir, 'scenarios', `${scenario}.yaml`);
  const spec = existsSync(path) ? ScenarioSpec.safeParse(parseYaml(readFileSync(path, 'utf8')) as unknown) : undefined;
  const model = spec?.success ? spec.data.models.find((m) => m.versions.length > 0) : undefined;
  if (!spec?.success || !model)
    throw new ScaffoldError(`the lesson's scenario '${scenario}' has no model with a version to start from`);
  return { scenario, spec: spec.data, model: model.name };
}

function lessonFrontmatter(dir: string, lesson: string): Record<string, unknown> {
  const path = join(dir, 'lessons', `${lesson}.mdx`);
  if (!existsSync(path)) throw new ScaffoldError(`no lesson '${lesson}' (content/lessons/${lesson}.mdx)`);
  const text = readFileSync(path, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = m ? (parseYaml(m[1]!) as unknown) : undefined;
  if (typeof data !== 'object' || data === null) throw new ScaffoldError(`${path} has no frontmatter`);
  return data as Record<string, unknown>;
}

export function scaffold(args: string[]): number {
  const [what, ...rest] = args;
  const dir = contentDir();
  switch (what) {
    case 'lesson': {
      const name = checkName('lesson', rest[0]);
      const scenario = scenarioTemplate(name);
      const lesson = lessonTemplate(name, (code) => exampleOutput(scenario, code));
      writeAll([
        { path: join(dir, 'lessons', `${name}.mdx`), text: lesson },
        { path: join(dir, 'questions', `${name}.yaml`), text: bankTemplate(name, name, `${name}-model`, 2) },
        { path: join(dir, 'scenarios', `${name}.yaml`), text: scenario },
      ]);
      return EXIT_OK;
    }
    case 'bank': {
      const name = checkName('bank', rest[0]);
      const lesson = checkName('bank', rest[1] ?? name);
      const front = lessonFrontmatter(dir, lesson);
      if (front.test !== false)
        throw new ScaffoldError(
          `lesson '${lesson}' has a test, and a new bank has no test pool yet: set \`test: false\` in its frontmatter first`,
        );
      const { spec, model } = lessonScenario(dir, lesson);
      const count = ((spec.models ?? []).find((m) => m.name === model)?.versions ?? []).filter(
        (v) => !v.deleted,
      ).length;
      writeAll([{ path: join(dir, 'questions', `${name}.yaml`), text: bankTemplate(name, lesson, model, count) }]);
      if (front.questionBank !== name)
        process.stderr.write(
          `mlflow-sim: note: lesson '${lesson}' uses the bank '${String(front.questionBank)}'; set its questionBank to '${name}' to use this one\n`,
        );
      return EXIT_OK;
    }
    case 'lab': {
      const lesson = checkName('lab', rest[0]);
      const name = checkName('lab', rest[1]);
      const { scenario, spec, model } = lessonScenario(dir, lesson);
      const versions = (spec.models ?? []).find((m) => m.name === model)?.versions ?? [];
      // An alias the scenario does not already set, so the lab's goal is not reached at the start.
      const taken = new Set(versions.flatMap((v) => v.aliases ?? []));
      const alias = ['challenger', 'candidate', 'next-release'].find((a) => !taken.has(a)) ?? `${name}-pick`;
      const text = labTemplate({ id: name, lesson, scenario, model, version: versions.length, alias });
      writeAll([{ path: join(dir, 'labs', `${name}.yaml`), text }]);
      return EXIT_OK;
    }
    default:
      throw new ScaffoldError(
        what === undefined
          ? "'new' needs what to write: lesson NAME, bank NAME [LESSON] or lab LESSON NAME"
          : `cannot scaffold '${what}': choose lesson NAME, bank NAME [LESSON] or lab LESSON NAME`,
      );
  }
}
