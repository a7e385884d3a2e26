// The Python subset's hot paths: a warm run of a lesson-sized 20-line snippet (parse + evaluate
// in a fresh interpreter, as each Run click does) and a tight loop of 100,000 iterations.
import { describe, expect, test } from 'vitest';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { captureEnv } from '../python/helpers.ts';

const SNIPPET = `import json

versions = [
    {"version": 1, "stage": "Archived", "accuracy": 0.86},
    {"version": 2, "stage": "Production", "accuracy": 0.89},
    {"version": 3, "stage": "Staging", "accuracy": 0.91},
]

def best(items, key):
    return max(items, key=lambda v: v[key])

by_stage = {v["stage"]: v["version"] for v in versions}
champion = best(versions, "accuracy")
for v in sorted(versions, key=lambda v: -v["accuracy"]):
    marker = "*" if v is champion else " "
    print(f"{marker} v{v['version']:<3}{v['stage']:<12}{v['accuracy']:.2f}")
try:
    versions[0]["missing"]
except KeyError as e:
    print("no such field:", e)
print(json.dumps(by_stage, sort_keys=True))
`;

const LOOP = `total = 0
for i in range(100000):
    total += i % 7
print(total)
`;

function run(source: string): string {
  const env = captureEnv();
  runPythonScript(env, source);
  return env.transcript();
}

const cases: [string, string, string][] = [
  ['warm run of a 20-line snippet', SNIPPET, '{"Archived": 1, "Production": 2, "Staging": 3}\n'],
  ['tight loop of 100,000 iterations', LOOP, '299995\n'],
];

describe('python subset', () => {
  test.for(cases)('%s', async ([label, source, tail], { bench }) => {
    // A benchmark of a run that failed would measure nothing.
    expect(run(source).endsWith(tail)).toBe(true);
    await bench(label, () => {
      run(source);
    }).run();
  });
});
