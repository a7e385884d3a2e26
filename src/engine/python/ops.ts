// Python's operators, truthiness, equality, ordering, repr/str, iteration and item access, with
// CPython 3.11's error texts: one import for the rest of the interpreter, builtins and stdlib. The
// code lives in ./ops/, layered so that none imports back up: compare.ts (dunders, truthiness,
// equality, ordering) <- repr.ts (repr, str) <- items.ts (iteration, len, item access) <-
// arithmetic.ts (binary operators, `%` formatting).
export {
  callDunder,
  compare,
  ellipsisValue,
  eq,
  isInstance,
  notImplementedValue,
  order,
  rangeLength,
  truthy,
  userDunder,
} from './ops/compare.ts';
export { exceptionStr, hexId, repr, str } from './ops/repr.ts';
export { contains, delItem, getItem, indexValue, iterate, len, setItem, sliceIndices, toArray } from './ops/items.ts';
export { binaryOp, floorDiv, floorMod } from './ops/arithmetic.ts';
