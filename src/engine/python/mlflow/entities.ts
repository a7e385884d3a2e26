// The registry entities as Python sees them: `mlflow.entities.model_registry.ModelVersion` and
// `RegisteredModel`, plus `PagedList` (mlflow/store/entities/paged_list.py). One ordered property
// table per class drives both attribute access and the repr, which is MLflow's
// `_MlflowObject.__repr__`: `<ClassName: k=pprint.pformat(v), ...>` over every property in sorted
// name order (mlflow/entities/_mlflow_object.py, facts §8).
import { nativeClass, newObject } from '../native.ts';
import type { NativeContext } from '../native.ts';
import { listClass } from '../classes.ts';
import { pyDict } from '../dict.ts';
import { PyIterator, PyList, PyObject, PyTuple } from '../values.ts';
import type { PyClass, PyValue } from '../values.ts';
import { contains, eq, getItem } from '../ops.ts';
import type { ModelVersionView, RegisteredModelView } from '../../registry/views.ts';
import { pformat } from './pformat.ts';

type Props<T> = readonly (readonly [string, (v: T) => PyValue])[];

const strDict = (rec: Readonly<Record<string, string>>): PyValue => pyDict(Object.entries(rec));

/** 3.x ModelVersion properties, sorted by name as `_MlflowObject` lists them (facts §8). */
const MODEL_VERSION_PROPS: Props<ModelVersionView> = [
  ['aliases', (v) => new PyList([...v.aliases])],
  ['creation_timestamp', (v) => BigInt(v.creationTimestamp)],
  ['current_stage', (v) => v.currentStage],
  ['deployment_job_state', () => null],
  ['description', (v) => v.description],
  ['last_updated_timestamp', (v) => BigInt(v.lastUpdatedTimestamp)],
  ['metrics', () => null],
  // The SQL store never fills model_id, params or metrics, even for a LoggedModel source (§8).
  ['model_id', () => null],
  ['name', (v) => v.name],
  ['params', () => null],
  ['run_id', (v) => v.runId],
  ['run_link', (v) => v.runLink],
  ['source', (v) => v.source],
  ['status', (v) => v.status],
  ['status_message', () => null],
  ['tags', (v) => strDict(v.tags)],
  ['user_id', (v) => v.userId],
  // A local (sqlite) store returns the version as an int (§2.2).
  ['version', (v) => BigInt(v.version)],
];

/** 3.x RegisteredModel properties in sorted order (facts §8). */
const REGISTERED_MODEL_PROPS: Props<RegisteredModelView> = [
  ['aliases', (m) => pyDict(Object.entries(m.aliases).map(([a, n]) => [a, BigInt(n)] as const))],
  ['creation_timestamp', (m) => BigInt(m.creationTimestamp)],
  ['deployment_job_id', () => null],
  ['deployment_job_state', () => null],
  ['description', (m) => m.description],
  ['last_updated_timestamp', (m) => BigInt(m.lastUpdatedTimestamp)],
  // SqlRegisteredModel.to_mlflow_entity builds these with SqlModelVersion.to_mlflow_entity, which
  // leaves `aliases=[]` (mlflow/store/model_registry/dbmodels/models.py); only get_latest_versions
  // fills them in.
  ['latest_versions', (m) => new PyList(m.latestVersions.map(searchedVersionObject))],
  ['name', (m) => m.name],
  ['tags', (m) => strDict(m.tags)],
];

/**
 * Values assigned to an entity's settable properties. MLflow gives a few properties setters
 * (`mv.description = "..."` works), which change only that Python object, never the registry:
 * the learner still needs `update_model_version` (mlflow/entities/model_registry/model_version.py).
 */
const assigned = new WeakMap<PyObject, Map<string, PyValue>>();

function entityClass<T>(name: string, module: string, props: Props<T>, settable: readonly string[]): PyClass {
  const value = (self: PyObject, key: string, get: (v: T) => PyValue): PyValue => {
    const own = assigned.get(self);
    return own?.has(key) ? (own.get(key) as PyValue) : get(self.payload as T);
  };
  const properties: Record<string, { get: (self: PyObject) => PyValue; set?: (self: PyObject, v: PyValue) => void }> =
    {};
  for (const [key, get] of props) {
    properties[key] = { get: (self) => value(self, key, get) };
    if (settable.includes(key))
      properties[key].set = (self, v) => {
        const own = assigned.get(self) ?? new Map<string, PyValue>();
        own.set(key, v);
        assigned.set(self, own);
      };
  }
  const repr = (self: PyObject, ctx: NativeContext): string =>
    `<${name}: ` +
    props.map(([key, get]) => `${key}=${pformat(value(self, key, get), (v) => ctx.repr(v))}`).join(', ') +
    '>';
  return nativeClass({
    name,
    module,
    properties,
    methods: {
      __repr__: { sig: 'self', impl: (a, ctx) => repr(a.self as PyObject, ctx) },
      // _MlflowObject.__iter__ yields (property, value) pairs, so dict(mv) works.
      __iter__: {
        sig: 'self',
        impl: (a) => {
          const self = a.self as PyObject;
          const pairs = props.map(([key, get]) => new PyTuple([key, value(self, key, get)]));
          let i = 0;
          return new PyIterator('generator', () =>
            i < pairs.length ? { done: false, value: pairs[i++] as PyValue } : { done: true, value: undefined },
          );
        },
      },
    },
  });
}

export const ModelVersionClass = entityClass<ModelVersionView>(
  'ModelVersion',
  'mlflow.entities.model_registry.model_version',
  MODEL_VERSION_PROPS,
  ['aliases', 'current_stage', 'description', 'last_updated_timestamp', 'name'],
);
export const RegisteredModelClass = entityClass<RegisteredModelView>(
  'RegisteredModel',
  'mlflow.entities.model_registry.registered_model',
  REGISTERED_MODEL_PROPS,
  ['deployment_job_id', 'description', 'last_updated_timestamp', 'latest_versions', 'name'],
);

export function modelVersionObject(v: ModelVersionView): PyObject {
  return newObject(ModelVersionClass, v);
}
/**
 * A ModelVersion as `search_model_versions` returns it from the SQL store: built by
 * `SqlModelVersion.to_mlflow_entity()` with `aliases=[]` ("The model version search results may
 * not have aliases populated for performance reasons", MlflowClient.search_model_versions).
 */
export function searchedVersionObject(v: ModelVersionView): PyObject {
  return newObject(ModelVersionClass, { ...v, aliases: [] });
}
export function registeredModelObject(m: RegisteredModelView): PyObject {
  return newObject(RegisteredModelClass, m);
}

/**
 * `PagedList`: a `list` subclass with a `.token` for the next page (None on the last page). The
 * items live in a PyList payload; the list protocol is delegated to it.
 */
export const PagedListClass = nativeClass({
  name: 'PagedList',
  module: 'mlflow.store.entities.paged_list',
  bases: [listClass],
  properties: {
    token: { get: (self) => (self.attrs.get('token') ?? null) as PyValue },
  },
  methods: {
    __len__: { sig: 'self', impl: (a) => BigInt(items(a.self).length) },
    __iter__: {
      sig: 'self',
      impl: (a) => {
        const list = items(a.self);
        let i = 0;
        return new PyIterator('list_iterator', () =>
          i < list.length ? { done: false, value: list[i++] as PyValue } : { done: true, value: undefined },
        );
      },
    },
    __getitem__: { sig: 'self, index', impl: (a, ctx) => getItem(ctx, payload(a.self), a.index ?? null) },
    __contains__: { sig: 'self, value', impl: (a, ctx) => contains(ctx, payload(a.self), a.value ?? null) },
    __eq__: {
      sig: 'self, other',
      impl: (a, ctx) => {
        const other = a.other ?? null;
        const rhs = other instanceof PyObject && other.cls === PagedListClass ? payload(other) : other;
        return eq(ctx, payload(a.self), rhs);
      },
    },
    __bool__: { sig: 'self', impl: (a) => items(a.self).length > 0 },
    __repr__: { sig: 'self', impl: (a, ctx) => ctx.repr(payload(a.self)) },
  },
});

function payload(self: PyValue | undefined): PyList {
  return (self as PyObject).payload as PyList;
}
function items(self: PyValue | undefined): PyValue[] {
  return payload(self).items;
}

export function pagedList(values: readonly PyValue[], token: string | null): PyObject {
  const obj = newObject(PagedListClass, new PyList([...values]));
  obj.attrs.set('token', token);
  return obj;
}
