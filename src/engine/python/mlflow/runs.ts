// Run entities as Python sees them (mlflow/entities/run.py, run_info.py, run_data.py) and
// `ActiveRun` (mlflow/tracking/fluent.py), the context manager `mlflow.start_run()` returns.
// An ActiveRun is a snapshot of the run as it started: `run.data.params` stays as it was and
// `run.info.status` stays "RUNNING" after the block, exactly as in MLflow; `mlflow.get_run(id)`
// reads the current state.
import { nativeClass, newObject } from '../native.ts';
import type { NativeContext } from '../native.ts';
import { pyDict } from '../dict.ts';
import { PyObject } from '../values.ts';
import type { PyClass, PyValue } from '../values.ts';
import type { Run } from '../../registry/types.ts';
import { pformat } from './pformat.ts';
import { ARTIFACT_ROOT } from './session.ts';

type Props<T> = readonly (readonly [string, (v: T) => PyValue])[];

/** `_MlflowObject.__repr__` over a property table (facts §8's rule, shared by every entity). */
function reprOf<T>(name: string, props: Props<T>, value: T, ctx: NativeContext): string {
  return `<${name}: ` + props.map(([k, get]) => `${k}=${pformat(get(value), (v) => ctx.repr(v))}`).join(', ') + '>';
}

function simpleEntity<T>(name: string, module: string, props: Props<T>): PyClass {
  const properties: Record<string, { get: (self: PyObject) => PyValue }> = {};
  for (const [key, get] of props) properties[key] = { get: (self) => get(self.payload as T) };
  return nativeClass({
    name,
    module,
    properties,
    methods: {
      __repr__: { sig: 'self', impl: (a, ctx) => reprOf(name, props, (a.self as PyObject).payload as T, ctx) },
    },
  });
}

const RUN_INFO_PROPS: Props<Run> = [
  ['artifact_uri', (r) => `${ARTIFACT_ROOT}/${r.experimentId}/${r.runId}/artifacts`],
  ['end_time', (r) => (r.endTime === null ? null : BigInt(r.endTime))],
  ['experiment_id', (r) => r.experimentId],
  ['lifecycle_stage', () => 'active'],
  ['run_id', (r) => r.runId],
  ['run_name', (r) => r.runName],
  ['run_uuid', (r) => r.runId],
  ['start_time', (r) => BigInt(r.startTime)],
  ['status', (r) => r.status],
  ['user_id', () => 'learner'],
];

const RUN_DATA_PROPS: Props<Run> = [
  ['metrics', (r) => pyDict(Object.entries(r.metrics))],
  ['params', (r) => pyDict(Object.entries(r.params))],
  ['tags', (r) => pyDict(Object.entries({ 'mlflow.runName': r.runName, 'mlflow.user': 'learner', ...r.tags }))],
];

export const RunInfoClass = simpleEntity<Run>('RunInfo', 'mlflow.entities.run_info', RUN_INFO_PROPS);
export const RunDataClass = simpleEntity<Run>('RunData', 'mlflow.entities.run_data', RUN_DATA_PROPS);

const runProps = (run: Run) => ({
  info: newObject(RunInfoClass, run),
  data: newObject(RunDataClass, run),
});

function runRepr(self: PyObject, ctx: NativeContext): string {
  const run = self.payload as Run;
  const { info, data } = runProps(run);
  return `<Run: data=${ctx.repr(data)}, info=${ctx.repr(info)}, inputs=<RunInputs: dataset_inputs=[], model_inputs=[]>, outputs=<RunOutputs: model_outputs=[]>>`;
}

export const RunClass = nativeClass({
  name: 'Run',
  module: 'mlflow.entities.run',
  properties: {
    info: { get: (self) => runProps(self.payload as Run).info },
    data: { get: (self) => runProps(self.payload as Run).data },
  },
  methods: { __repr__: { sig: 'self', impl: (a, ctx) => runRepr(a.self as PyObject, ctx) } },
});

/** A `Run` snapshot. */
export function runObject(run: Run): PyObject {
  return newObject(RunClass, run);
}

/**
 * `ActiveRun(Run)`: `with mlflow.start_run() as run:` ends the run on exit, FINISHED or FAILED,
 * and lets the exception through (`__exit__` returns `exc_type is None`).
 */
export function makeActiveRunClass(endRun: (status: 'FINISHED' | 'FAILED', ctx: NativeContext) => void): PyClass {
  return nativeClass({
    name: 'ActiveRun',
    module: 'mlflow.tracking.fluent',
    bases: [RunClass],
    methods: {
      // _MlflowObject lists only the class's *own* properties, and ActiveRun defines none, so
      // MLflow prints `<ActiveRun: >` (mlflow/entities/_mlflow_object.py).
      __repr__: { sig: 'self', impl: () => '<ActiveRun: >' },
      __enter__: { sig: 'self', impl: (a) => a.self ?? null },
      __exit__: {
        sig: 'self, exc_type, exc_val, exc_tb',
        impl: (a, ctx) => {
          const failed = a.exc_type !== null && a.exc_type !== undefined;
          endRun(failed ? 'FAILED' : 'FINISHED', ctx);
          return !failed;
        },
      },
    },
  });
}
