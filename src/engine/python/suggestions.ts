// "Did you mean" for NameError and AttributeError, as CPython 3.11's traceback module computes it
// (Lib/traceback.py, _compute_suggestion_error and _levenshtein_distance).
import type { PyValue } from './values.ts';
import { PyClass, PyException, PyModule, PyObject } from './values.ts';
import { typeOf } from './classes.ts';
import * as C from './classes.ts';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

export function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bchar = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bchar, a[i]!);
      distance = row[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function bestMatch(wrong: string, candidates: readonly string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor(((name.length + wrong.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

const OBJECT_DUNDERS = [
  '__class__',
  '__delattr__',
  '__dir__',
  '__doc__',
  '__eq__',
  '__format__',
  '__ge__',
  '__getattribute__',
  '__getstate__',
  '__gt__',
  '__hash__',
  '__init__',
  '__init_subclass__',
  '__le__',
  '__lt__',
  '__ne__',
  '__new__',
  '__reduce__',
  '__reduce_ex__',
  '__repr__',
  '__setattr__',
  '__sizeof__',
  '__str__',
  '__subclasshook__',
];

/** `dir(obj)`, close enough for suggestions and the dir() builtin. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.dict.keys()) names.add(k);
    return [...names].sort();
  }
  for (const k of OBJECT_DUNDERS) names.add(k);
  if (obj instanceof PyObject) {
    for (const k of obj.attrs.keys()) names.add(k);
    if (obj.cls.module !== 'builtins') for (const k of ['__dict__', '__module__', '__weakref__']) names.add(k);
    if (obj instanceof PyException)
      for (const k of [
        'args',
        'with_traceback',
        'add_note',
        '__cause__',
        '__context__',
        '__traceback__',
        '__suppress_context__',
      ])
        names.add(k);
  }
  const cls = obj instanceof PyClass ? obj : typeOf(obj);
  for (const c of cls.mro) for (const k of c.dict.keys()) names.add(k);
  if (obj === null) names.add('__bool__');
  return [...names].sort();
}

/** The `. Did you mean: 'x'?` suffix for a traceback's last line, or ''. */
export function suggestionFor(exc: PyException): string {
  const name = exc.attrs.get('name');
  if (typeof name !== 'string') return '';
  let suggestion: string | null = null;
  if (exc.cls.isSubclassOf(C.AttributeError) && exc.attrs.has('obj'))
    suggestion = bestMatch(name, dirOf(exc.attrs.get('obj')!));
  else if (exc.cls.isSubclassOf(C.NameError) && exc.nameCandidates) {
    suggestion = bestMatch(name, exc.nameCandidates);
  }
  return suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
}
