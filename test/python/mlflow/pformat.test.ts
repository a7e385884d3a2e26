// pprint.pformat as MLflow's entity repr uses it (facts §8: long values wrap at width 80).
// Expected strings in pformat-cases.json were produced by CPython 3.11's own `pprint.pformat`.
import { describe, expect, test } from 'vitest';
import { pformat } from '../../../src/engine/python/mlflow/pformat.ts';
import { PyDict, PyList } from '../../../src/engine/python/values.ts';
import type { PyValue } from '../../../src/engine/python/values.ts';
import { pyDict } from '../../../src/engine/python/dict.ts';
import { strRepr } from '../../../src/engine/python-text/repr.ts';
import cases from './pformat-cases.json' with { type: 'json' };

/** JSON -> Python values (numbers in these cases are ints). */
function toPy(v: unknown): PyValue {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return BigInt(v);
  if (Array.isArray(v)) return new PyList(v.map(toPy));
  return pyDict(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toPy(x)] as const));
}

function repr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'bigint') return String(v);
  if (v instanceof PyList || v instanceof PyDict) throw new Error('containers are formatted by pformat itself');
  return String(v);
}

describe('pformat (facts §8)', () => {
  test.each(cases as [string, unknown, string][])('%s', (_name, value, expected) => {
    expect(pformat(toPy(value), repr)).toBe(expected);
  });
});
