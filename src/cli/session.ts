import { Session } from '../engine/session.ts';
import { deterministicSources, liveSources } from '../engine/sources.ts';
import type { CliOptions } from './main.ts';
import { loadScenario } from './scenarios.ts';

/** A fresh session for the CLI: deterministic unless told otherwise (`defaultSeed` undefined = live). */
export function cliSession(options: CliOptions, defaultSeed: number | undefined): Session {
  const seed = options.seed ?? defaultSeed;
  const sources = seed === undefined ? liveSources() : deterministicSources(seed);
  const scenario = options.scenario === undefined ? undefined : loadScenario(options.scenario, sources);
  return new Session({ scenario, strict: options.strict, sources });
}
