// `typing` and `__future__`: annotations are never evaluated at runtime here, so the names only
// need to exist (and to support `List[int]`, which subscripting a class allows).
import type { ModuleBuilder } from '../native.ts';
import { PyClass } from '../values.ts';
import * as C from '../classes.ts';

const NAMES = [
  'Any',
  'Optional',
  'Union',
  'List',
  'Dict',
  'Tuple',
  'Set',
  'FrozenSet',
  'Callable',
  'Iterable',
  'Iterator',
  'Sequence',
  'Mapping',
  'MutableMapping',
  'Type',
  'Literal',
  'Final',
  'ClassVar',
  'Generator',
  'NamedTuple',
  'TypedDict',
  'Protocol',
  'Annotated',
  'NoReturn',
  'Generic',
  'TypeVar',
];

export const buildTyping: ModuleBuilder = (m) => {
  for (const name of NAMES) m.dict.set(name, new PyClass(name, 'typing', [C.objectClass]));
  m.dict.set('TYPE_CHECKING', false);
};

export const buildFuture: ModuleBuilder = (m) => {
  m.dict.set('annotations', true);
};
