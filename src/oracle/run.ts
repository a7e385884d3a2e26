// Running snippets on both sides: the real MLflow through src/oracle/runner.py (one Python
// process for many snippets), and the simulator in this process, each from the same scenario.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SimEnv } from '../engine/env.ts';
import { runPythonScript } from '../engine/python/index.ts';
import { buildScenario, type ScenarioSpec } from '../engine/registry/scenario.ts';
import { EMPTY_REGISTRY } from '../engine/registry/types.ts';
import { deterministicSources } from '../engine/sources.ts';
import { type Oracle, REPO_ROOT } from './locate.ts';
import { scenarioPrelude } from './prelude.ts';

export interface Snippet {
  readonly id: string;
  readonly source: string;
  /** The name tracebacks and warnings give the file (`<snippet>` in the case files). */
  readonly filename: string;
  /** A content/scenarios name to start from, or null for an empty registry. */
  readonly scenario: string | null;
}

export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export function loadScenarioSpec(name: string): ScenarioSpec {
  const file = join(REPO_ROOT, 'content/scenarios', `${name}.yaml`);
  if (!existsSync(file)) throw new Error(`scenario file content/scenarios/${name}.yaml is missing`);
  return parseYaml(readFileSync(file, 'utf8')) as ScenarioSpec;
}

/** A `# scenario: NAME` first line, as the case files and transcript files write it. */
export function scenarioOf(source: string): string | null {
  return /^# scenario: ([\w-]+)/.exec(source)?.[1] ?? null;
}

/** The simulator, as `mlflow-sim python` and the case tests run it (seed 1). */
export function runOnSimulator(snippet: Snippet): Outcome {
  const sources = deterministicSources(1);
  let stdout = '';
  let stderr = '';
  const env: SimEnv = {
    registry: snippet.scenario ? buildScenario(loadScenarioSpec(snippet.scenario), sources) : EMPTY_REGISTRY,
    sources,
    strict: false,
    changes: [],
    out: {
      write(stream, text) {
        if (stream === 'stdout') stdout += text;
        else stderr += text;
      },
    },
  };
  const { exitCode } = runPythonScript(env, snippet.source, snippet.filename);
  return { stdout, stderr, exitCode };
}

export interface OracleRun {
  readonly outcomes: Map<string, Outcome>;
  readonly mlflowVersion: string;
}

/** Run snippets on the real MLflow in one process; throws with the runner's stderr if it dies. */
export function runOnOracle(oracle: Oracle, snippets: readonly Snippet[]): OracleRun {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-manifest.'));
  try {
    const manifest = join(dir, 'manifest.json');
    const results = join(dir, 'results.json');
    const preludes = new Map<string, string>();
    const cases = snippets.map((s) => {
      let prelude: string | null = null;
      if (s.scenario) {
        prelude = preludes.get(s.scenario) ?? scenarioPrelude(loadScenarioSpec(s.scenario));
        preludes.set(s.scenario, prelude);
      }
      return { id: s.id, source: s.source, filename: s.filename, prelude };
    });
    writeFileSync(manifest, JSON.stringify({ cases }));
    const run = spawnSync(oracle.python, [join(REPO_ROOT, 'src/oracle/runner.py'), manifest, results], {
      env: { ...process.env, ...oracle.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0 || !existsSync(results)) {
      throw new Error(`the real MLflow runner failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`);
    }
    const parsed = JSON.parse(readFileSync(results, 'utf8')) as {
      results: { id: string; stdout: string; stderr: string; rc: number }[];
      mlflow_version: string;
    };
    const outcomes = new Map<string, Outcome>();
    for (const r of parsed.results) outcomes.set(r.id, { stdout: r.stdout, stderr: r.stderr, exitCode: r.rc });
    return { outcomes, mlflowVersion: parsed.mlflow_version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
