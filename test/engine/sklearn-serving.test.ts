// A fitted simulated-sklearn model is stored with its LoggedModel, so every face predicts with it:
// a later program's pyfunc.load_model, mlflow.sklearn.load_model, and `curl /invocations` against
// `mlflow models serve`. Expected numbers are scikit-learn 1.2.1's (recorded on the oracle:
// LinearRegression on these five rows predicts 12.153333 for [6, 6]; the logistic model labels
// [1, 1] as 0 and [4, 4] as 1), also for a copy made with copy_model_version and a scenario's declared model.
import { describe, expect, test } from 'vitest';
import { buildScenario, parseRegistry, serializeRegistry } from '../../src/engine/registry/index.ts';
import { Session } from '../../src/engine/session.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

const TRAIN = `import mlflow
from sklearn.linear_model import LinearRegression, LogisticRegression
reg = LinearRegression().fit([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0], [5.0, 5.0]], [3.1, 3.9, 7.2, 7.8, 10.1])
clf = LogisticRegression().fit([[0.5, 1.0], [1.0, 0.5], [1.5, 2.0], [3.0, 3.5], [3.5, 3.0], [4.0, 4.5]], [0, 0, 0, 1, 1, 1])
with mlflow.start_run():
    mlflow.sklearn.log_model(reg, name="model", registered_model_name="prices")
    mlflow.sklearn.log_model(clf, name="classifier", registered_model_name="fraud")
`;

function trained(): Session {
  const s = new Session({ sources: deterministicSources(1) });
  expect(s.runPython(TRAIN).exitCode).toBe(0);
  return s;
}

function curl(s: Session, port: number, rows: string): unknown[] {
  const r = s.run(
    `curl -s -X POST http://127.0.0.1:${port}/invocations -H 'Content-Type: application/json' -d '{"inputs": ${rows}}'`,
  );
  const body = r.lines
    .filter((l) => l.stream === 'stdout')
    .map((l) => l.text)
    .join('');
  return (JSON.parse(body) as { predictions: unknown[] }).predictions;
}

function python(s: Session, code: string): string {
  const r = s.runPython(`import mlflow\n${code}\n`);
  expect(r.exitCode).toBe(0);
  return r.stdout.trim();
}

const round6 = (xs: unknown[]) => xs.map((x) => Math.round((x as number) * 1e6) / 1e6);

describe('fitted sklearn models predict in every face', () => {
  test.each([
    ['models:/prices/1', '[[6.0, 6.0], [0.0, 0.0]]', [12.153333, 0.686667]],
    ['models:/fraud/1', '[[1.0, 1.0], [4.0, 4.0]]', [0, 1]],
  ] as const)('%s through curl and through pyfunc in a new program', (uri, rows, expected) => {
    const s = trained();
    s.run(`mlflow models serve -m ${uri} -p 6100 --env-manager local &`);
    const served = curl(s, 6100, rows);
    expect(uri.includes('prices') ? round6(served) : served).toEqual(expected);
    const printed = python(
      s,
      `print([round(float(p), 6) for p in mlflow.pyfunc.load_model("${uri}").predict(${rows})])`,
    );
    expect(printed).toBe(`[${expected.map((v) => (uri.includes('prices') ? v : `${v}.0`)).join(', ')}]`);
  });

  test('mlflow.sklearn.load_model in another program gives the fitted estimator back', () => {
    const s = trained();
    expect(python(s, 'm = mlflow.sklearn.load_model("models:/fraud/1")\nprint(m, [int(c) for c in m.classes_])')).toBe(
      'LogisticRegression() [0, 1]',
    );
  });

  test("a copied version serves the source version's model", () => {
    const s = trained();
    python(s, 'mlflow.MlflowClient().copy_model_version("models:/prices/1", "prod.prices")');
    s.run('mlflow models serve -m models:/prod.prices/1 -p 6200 --env-manager local &');
    expect(round6(curl(s, 6200, '[[6.0, 6.0]]'))).toEqual([12.153333]);
  });

  test('a scenario version declares its fitted model', () => {
    const sources = deterministicSources(1);
    const scenario = buildScenario(
      {
        name: 't',
        title: 't',
        models: [
          {
            name: 'prices',
            versions: [
              { model: { kind: 'LinearRegression', coef: [2, 1], intercept: 0.5 } },
              { model: { kind: 'LogisticRegression', X: [[0], [1], [3], [4]], y: [0, 0, 1, 1] } },
            ],
          },
        ],
      },
      sources,
    );
    const s = new Session({ scenario, sources });
    expect(python(s, 'print(mlflow.pyfunc.load_model("models:/prices/1").predict([[1, 2], [0, 0]]))')).toBe(
      '[4.5, 0.5]',
    );
    expect(python(s, 'print(mlflow.pyfunc.load_model("models:/prices/2").predict([[0.5], [3.5]]))')).toBe('[0, 1]');
  });

  test('a saved and reloaded registry keeps the fitted models', () => {
    const s = trained();
    const reloaded = parseRegistry(serializeRegistry(s.registry));
    if (!reloaded.ok) throw new Error('the registry did not reload');
    const fresh = new Session({ scenario: reloaded.state, sources: deterministicSources(2) });
    expect(python(fresh, 'print(mlflow.pyfunc.load_model("models:/fraud/1").predict([[4.0, 4.0]]))')).toBe('[1]');
  });
});
