// Build-time lookups shared by the lesson, practice and test pages: a lesson's scenario state
// and its question bank, from the content collections (src/content.config.ts).
import { getCollection, getEntry } from 'astro:content';
import type { RegistryState } from '../../engine/registry/types.ts';
import { EMPTY_REGISTRY } from '../../engine/registry/types.ts';
import { buildScenario } from '../../engine/registry/scenario.ts';
import type { ScenarioSpec } from '../../engine/registry/scenario.ts';
import { deterministicSources } from '../../engine/sources.ts';
import type { Question } from '../../schemas/question.ts';

/** The registry a lesson starts from, built by the engine at build time (plain data). */
export async function scenarioState(name: string): Promise<RegistryState> {
  const entry = await getEntry('scenarios', name);
  if (!entry) throw new Error(`Scenario "${name}" not found in content/scenarios`);
  return buildScenario(entry.data as ScenarioSpec, deterministicSources());
}

export async function questionsOf(bank: string): Promise<Question[]> {
  const entry = await getEntry('questions', bank);
  if (!entry) throw new Error(`Question bank "${bank}" not found in content/questions`);
  return (entry.data as { questions: Question[] }).questions;
}

export async function lessonsInOrder() {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

export { EMPTY_REGISTRY };
