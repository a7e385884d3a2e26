// Named starting registries live in content/scenarios/<name>.yaml (instructor-written, validated
// with the engine's ScenarioSpec schema) and are built by replaying real engine operations.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ScenarioSpec, buildScenario } from '../engine/registry/index.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import type { Sources } from '../engine/sources.ts';

/** The project's content/scenarios, found upwards from this module (src/cli or the bundle cache). */
function scenarioDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'content', 'scenarios');
    if (existsSync(candidate)) return candidate + '/';
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), 'content', 'scenarios') + '/';
    dir = parent;
  }
}

export const SCENARIO_DIR = scenarioDir();

export function scenarioNames(): string[] {
  try {
    return readdirSync(SCENARIO_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

export class ScenarioError extends Error {}

// The YAML parser is loaded only when a scenario file is read: most runs (`python FILE`, a bare
// terminal) never need it, and it is a large share of a cold start.
const requireLazily = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (requireLazily('yaml') as typeof import('yaml')).parse(text);

export function loadScenarioSpec(name: string): ScenarioSpec {
  if (!scenarioNames().includes(name)) {
    const known = scenarioNames();
    throw new ScenarioError(`unknown scenario '${name}'${known.length ? ` (known: ${known.join(', ')})` : ''}`);
  }
  const raw: unknown = parseYaml(readFileSync(`${SCENARIO_DIR}${name}.yaml`, 'utf8'));
  const parsed = ScenarioSpec.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioError(
      `content/scenarios/${name}.yaml: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

export function loadScenario(name: string, sources: Sources): RegistryState {
  return buildScenario(loadScenarioSpec(name), sources);
}
