// The 3.x `LoggedModel` entity (mlflow/entities/logged_model.py) behind every `models:/m-<id>`:
// its repr lists the public properties in name order, `status` is a `LoggedModelStatus`
// (`class LoggedModelStatus(str, Enum)` whose __str__ is the value), and `mlflow.last_logged_model()`
// is the last model this program logged (a context variable in mlflow/tracking/fluent.py, so a
// new program starts with None). Recorded from the oracle (MLflow 3.6.1.dev0).
import { nativeClass, newObject } from '../native.ts';
import type { NativeContext } from '../native.ts';
import { pyDict } from '../dict.ts';
import { PyList } from '../values.ts';
import type { PyObject, PyValue } from '../values.ts';
import type { LoggedModel } from '../../registry/types.ts';
import { pformat } from './pformat.ts';
import type { MlflowSession } from './session.ts';
import { loggedModelLocation } from './session.ts';

const lastLogged = new WeakMap<MlflowSession, string>();

/** log_model calls this: `_last_logged_model_id.set(model.model_id)`. */
export function rememberLoggedModel(session: MlflowSession, modelId: string): void {
  lastLogged.set(session, modelId);
}

export function lastLoggedModelId(session: MlflowSession): string | null {
  return lastLogged.get(session) ?? null;
}

const LoggedModelStatusClass = nativeClass({
  name: 'LoggedModelStatus',
  module: 'mlflow.entities.logged_model_status',
  properties: {
    value: { get: (s) => s.payload as string },
    name: { get: (s) => s.payload as string },
  },
  methods: {
    __repr__: { sig: 'self', impl: (a) => `<LoggedModelStatus.${status(a.self)}: '${status(a.self)}'>` },
    __str__: { sig: 'self', impl: (a) => status(a.self) },
    // A str-mixin Enum member equals its value.
    __eq__: {
      sig: 'self, other',
      impl: (a) =>
        a.other === status(a.self) ||
        ((a.other as PyObject | null)?.cls === LoggedModelStatusClass && status(a.other) === status(a.self)),
    },
    __hash__: { sig: 'self', impl: (a) => BigInt(status(a.self).length) },
  },
});

interface MetricData {
  readonly d: LoggedModelData;
  readonly key: string;
  readonly value: number;
}

/**
 * `mlflow.entities.Metric` as a LoggedModel lists it. The simulator keeps a run's latest value per
 * key, not its history: step is 0 and the timestamp is the model's creation time.
 */
const METRIC_PROPS: readonly (readonly [string, (m: MetricData) => PyValue])[] = [
  ['dataset_digest', () => null],
  ['dataset_name', () => null],
  ['key', (m) => m.key],
  ['model_id', (m) => m.d.model.modelId],
  ['run_id', (m) => m.d.model.runId],
  ['step', () => 0n],
  ['timestamp', (m) => BigInt(m.d.model.creationTimestamp)],
  ['value', (m) => m.value],
];

const MetricClass = nativeClass({
  name: 'Metric',
  module: 'mlflow.entities.metric',
  properties: Object.fromEntries(
    METRIC_PROPS.map(([k, get]) => [k, { get: (s: PyObject) => get(s.payload as MetricData) }]),
  ),
  methods: {
    __repr__: {
      sig: 'self',
      impl: (a, ctx: NativeContext) => {
        const m = (a.self as PyObject).payload as MetricData;
        return `<Metric: ${METRIC_PROPS.map(([k, get]) => `${k}=${pformat(get(m), (v) => ctx.repr(v))}`).join(', ')}>`;
      },
    },
  },
});

const status = (v: PyValue | undefined): string => (v as PyObject).payload as string;

interface LoggedModelData {
  readonly model: LoggedModel;
  readonly location: string;
  readonly experimentId: string;
}

type Props = readonly (readonly [string, (d: LoggedModelData) => PyValue])[];

/** The properties `__repr__` shows (those `_MlflowObject` lists), sorted by name. */
const SHOWN: Props = [
  ['artifact_location', (d) => d.location],
  ['creation_timestamp', (d) => BigInt(d.model.creationTimestamp)],
  ['experiment_id', (d) => d.experimentId],
  ['last_updated_timestamp', (d) => BigInt(d.model.creationTimestamp)],
  ['model_id', (d) => d.model.modelId],
  ['model_type', () => null],
  ['model_uri', (d) => `models:/${d.model.modelId}`],
  ['name', (d) => d.model.name],
  ['source_run_id', (d) => d.model.runId],
  ['status', () => newObject(LoggedModelStatusClass, 'READY')],
  ['status_message', () => null],
];

export const LoggedModelClass = nativeClass({
  name: 'LoggedModel',
  module: 'mlflow.entities.logged_model',
  properties: {
    ...Object.fromEntries(SHOWN.map(([k, get]) => [k, { get: (s: PyObject) => get(s.payload as LoggedModelData) }])),
    tags: { get: (s) => pyDict(Object.entries((s.payload as LoggedModelData).model.tags ?? {})) },
    params: { get: (s) => pyDict(Object.entries((s.payload as LoggedModelData).model.params ?? {})) },
    metrics: {
      get: (s) => {
        const d = s.payload as LoggedModelData;
        return new PyList(
          Object.entries(d.model.metrics ?? {}).map(([key, value]) => newObject(MetricClass, { d, key, value })),
        );
      },
    },
  },
  methods: {
    __repr__: {
      sig: 'self',
      impl: (a, ctx: NativeContext) => {
        const d = (a.self as PyObject).payload as LoggedModelData;
        return `LoggedModel(${SHOWN.map(([k, get]) => `${k}=${pformat(get(d), (v) => ctx.repr(v))}`).join(', ')})`;
      },
    },
  },
});

export function loggedModelObject(session: MlflowSession, model: LoggedModel): PyObject {
  const state = session.env.registry;
  const run = model.runId && Object.hasOwn(state.runs, model.runId) ? state.runs[model.runId] : undefined;
  return newObject(LoggedModelClass, {
    model,
    location: loggedModelLocation(state, model.modelId),
    experimentId: run?.experimentId ?? '0',
  } satisfies LoggedModelData);
}
