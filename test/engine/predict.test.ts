// One model, one answer, whatever face asks: `curl .../invocations` against `mlflow models serve` and
// `mlflow.pyfunc.load_model(uri).predict` agree; different versions answer differently, and a
// running server keeps the version it resolved at start.
import { describe, expect, test } from 'vitest';
import { buildScenario, STAGES_LESSON_SCENARIO } from '../../src/engine/registry/index.ts';
import { Session } from '../../src/engine/session.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

function lesson(): Session {
  const sources = deterministicSources(1);
  return new Session({ scenario: buildScenario(STAGES_LESSON_SCENARIO, sources), sources });
}

function curlPrediction(s: Session, port: number): number {
  const r = s.run(
    `curl -s -X POST http://127.0.0.1:${port}/invocations -H 'Content-Type: application/json' -d '{"inputs": [[1, 2, 3, 4]]}'`,
  );
  const body = r.lines
    .filter((l) => l.stream === 'stdout')
    .map((l) => l.text)
    .join('');
  return (JSON.parse(body) as { predictions: number[] }).predictions[0] as number;
}

function pythonPrediction(s: Session, uri: string): number {
  const r = s.runPython(`import mlflow\nprint(mlflow.pyfunc.load_model("${uri}").predict([[1, 2, 3, 4]])[0])\n`);
  expect(r.exitCode).toBe(0);
  return Number(r.stdout.trim());
}

describe('predictions', () => {
  test.each([1, 2, 3])('version %i answers the same through curl and through pyfunc', (version) => {
    const s = lesson();
    s.run(`mlflow models serve -m models:/my-model/${version} -p 600${version} --no-conda &`);
    expect(curlPrediction(s, 6000 + version)).toBe(pythonPrediction(s, `models:/my-model/${version}`));
  });

  test('the three versions give three different answers', () => {
    const s = lesson();
    const answers = [1, 2, 3].map((v) => pythonPrediction(s, `models:/my-model/${v}`));
    expect(new Set(answers).size).toBe(3);
  });

  test('a server started on models:/my-model/Production keeps its version after a promotion', () => {
    const s = lesson();
    s.runPython(
      'from mlflow import MlflowClient\nMlflowClient().transition_model_version_stage("my-model", 1, "Production")\n',
    );
    s.run('mlflow models serve -m models:/my-model/Production --no-conda &');
    const before = curlPrediction(s, 5000);
    s.runPython(
      'from mlflow import MlflowClient\nMlflowClient().transition_model_version_stage("my-model", 2, "Production", archive_existing_versions=True)\n',
    );
    expect(curlPrediction(s, 5000)).toBe(before);
    expect(pythonPrediction(s, 'models:/my-model/Production')).not.toBe(before);
    expect(pythonPrediction(s, 'models:/my-model/1')).toBe(before);
  });
});
