// A scenario (content/scenarios/*.yaml) as a Python program for the real MLflow, so a case that
// starts from a scenario in the simulator starts from the same registry in the real one. It does
// what src/engine/registry/scenario.ts does, step for step and in the same order: create the
// model; for each version start a run, log its params and metrics, log a model (a real, tiny
// scikit-learn tree, so `mlflow.pyfunc.load_model` of it works), end the run and register
// `models:/m-<id>` with the run id; then stages (no archiving), aliases and deletions.
import { ScenarioSpec } from '../engine/registry/scenario.ts';

const py = (v: unknown): string => {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${JSON.stringify(k)}: ${py(x)}`)
    .join(', ')}}`;
};

const HEADER = `import warnings
import mlflow
from mlflow import MlflowClient
from sklearn.tree import DecisionTreeClassifier
warnings.simplefilter("ignore")
client = MlflowClient()

def _register(name, run_name, params, metrics, tags, description):
    with mlflow.start_run(run_name=run_name) as run:
        if params:
            mlflow.log_params(params)
        if metrics:
            mlflow.log_metrics(metrics)
        tree = DecisionTreeClassifier(max_depth=1).fit([[0.0, 0.0], [1.0, 1.0]], [0, 1])
        info = mlflow.sklearn.log_model(tree, name="model", pip_requirements=["scikit-learn"])
    return client.create_model_version(name, f"models:/{info.model_id}", run_id=run.info.run_id,
                                       tags=tags, description=description, model_id=info.model_id)
`;

/** The Python that builds `spec` on a fresh real backend (throws on an invalid spec). */
export function scenarioPrelude(spec: unknown): string {
  const sc = ScenarioSpec.parse(spec);
  const lines = [HEADER];
  for (const m of sc.models) {
    lines.push(
      `client.create_registered_model(${py(m.name)}, tags=${py(m.tags ?? null)}, description=${py(m.description ?? null)})`,
    );
    for (const v of m.versions) {
      lines.push(
        `_register(${py(m.name)}, ${py(v.run?.runName ?? null)}, ${py(v.run?.params ?? null)}, ${py(v.run?.metrics ?? null)}, ${py(v.tags ?? null)}, ${py(v.description ?? null)})`,
      );
    }
    m.versions.forEach((v, i) => {
      const version = i + 1;
      if (v.stage !== undefined && v.stage.toLowerCase() !== 'none') {
        lines.push(`client.transition_model_version_stage(${py(m.name)}, ${version}, ${py(v.stage)})`);
      }
      for (const alias of v.aliases ?? [])
        lines.push(`client.set_registered_model_alias(${py(m.name)}, ${py(alias)}, ${version})`);
      if (v.deleted) lines.push(`client.delete_model_version(${py(m.name)}, ${version})`);
    });
  }
  return `${lines.join('\n')}\n`;
}
