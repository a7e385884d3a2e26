import { loadScenarioSpec, scenarioNames } from './scenarios.ts';

export function listScenarios(): number {
  for (const name of scenarioNames()) {
    const spec = loadScenarioSpec(name);
    process.stdout.write(`${name}\t${spec.title ?? ''}\n`);
  }
  return 0;
}
