// Named starting registries live in content/scenarios/<name>.yaml (instructor-written, validated
// with the engine's ScenarioSpec schema) and are built by replaying real engine operations.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ScenarioSpec, buildScenario } from '../engine/registry/index.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import type { Sources } from '../engine/sources.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../content/scenarios/', import.meta.url));

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

export function loadScenarioSpec(name: string): ScenarioSpec {
  if (!scenarioNames().includes(name)) {
    const known = scenarioNames();
    throw new ScenarioError(`unknown scenario '${name}'${known.length ? ` (known: ${known.join(', ')})` : ''}`);
  }
  const raw: unknown = parseYaml(readFileSync(`${SCENARIO_DIR}${name}.yaml`, 'utf8'));
  const parsed = ScenarioSpec.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioError(`content/scenarios/${name}.yaml: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export function loadScenario(name: string, sources: Sources): RegistryState {
  return buildScenario(loadScenarioSpec(name), sources);
}
