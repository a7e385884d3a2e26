// The case-file suite: every `cases/<topic>/<name>.py` runs as a script named `<snippet>` with
// deterministic sources; its stdout and stderr must equal `<name>.stdout` / `<name>.stderr`
// exactly (a missing file means "must be empty"). A first line `# scenario: <name>` starts the
// run from `content/scenarios/<name>.yaml`. Language cases were checked against CPython 3.11
// (see ./cpython-expect.sh). A case that imports `mlflow` has its expectation recorded from the
// real MLflow (`npm run record:real`; NAME.recorded.json names the MLflow commit and the exit
// status): the simulator's output, with volatile values mapped to placeholders by
// src/oracle/normalise.ts, must equal the recording. A case marked `# cannot-match: why` keeps a
// hand-checked simulator expectation (src/engine/python/README.md lists them).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { buildScenario } from '../../src/engine/registry/index.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import { cannotMatchReason, knownDifference, type RecordingInfo, touchesMlflow } from '../../src/oracle/cases.ts';
import { normaliseStreams } from '../../src/oracle/normalise.ts';
import { captureEnv } from './helpers.ts';

const root = join(import.meta.dirname, 'cases');
const scenarios = join(import.meta.dirname, '../../content/scenarios');

function findCases(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findCases(path);
      return name.endsWith('.py') ? [path] : [];
    });
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

const cases = findCases(root).map((path) => {
  const source = readFileSync(path, 'utf8');
  const scenario = /^# scenario: ([\w-]+)/.exec(source)?.[1] ?? null;
  return { name: relative(root, path).replace(/\.py$/, ''), path, source, scenario };
});

describe('python case files', () => {
  test('the suite is not empty', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  test('every case that imports mlflow is recorded from the real MLflow or says why it cannot match', () => {
    const unrecorded = cases
      .filter((c) => touchesMlflow(c.source) && cannotMatchReason(c.source) === null)
      .filter((c) => !existsSync(c.path.replace(/\.py$/, '.recorded.json')))
      .map((c) => c.name);
    expect(unrecorded).toEqual([]);
  });

  test.each(cases)('$name', ({ path, source, scenario }) => {
    const sources = deterministicSources(1);
    let registry;
    if (scenario) {
      const file = join(scenarios, `${scenario}.yaml`);
      if (!existsSync(file)) throw new Error(`scenario file content/scenarios/${scenario}.yaml is missing`);
      registry = buildScenario(parseYaml(readFileSync(file, 'utf8')), sources);
    }
    const env = captureEnv(registry, sources);
    const { exitCode } = runPythonScript(env, source, '<snippet>');
    const base = path.replace(/\.py$/, '');
    const expected = { stdout: read(`${base}.stdout`), stderr: read(`${base}.stderr`) };
    const recording = `${base}.recorded.json`;
    if (existsSync(recording)) {
      const info = JSON.parse(readFileSync(recording, 'utf8')) as RecordingInfo;
      const actual = normaliseStreams({ stdout: env.stdout(), stderr: env.stderr() });
      const got = { stdout: actual.stdout, stderr: actual.stderr, exitCode };
      const want = { ...expected, exitCode: info.exitCode };
      // A listed known difference must still be one: the day it matches, the marker must go.
      if (knownDifference(source) !== null) expect(got).not.toEqual(want);
      else expect(got).toEqual(want);
    } else {
      expect({ stdout: env.stdout(), stderr: env.stderr() }).toEqual(expected);
    }
  });
});
