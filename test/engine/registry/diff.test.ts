import { describe, expect, test } from 'vitest';
import { describeChange } from '../../../src/engine/registry/index.ts';
import type { Change } from '../../../src/engine/registry/index.ts';

describe("describeChange: changes in the learner's words", () => {
  test.each<[Change, string]>([
    [
      {
        op: 'updated',
        entity: 'model_version',
        model: 'my-model',
        version: 3,
        key: 'currentStage',
        from: 'Staging',
        to: 'Production',
      },
      'my-model v3: Staging → Production',
    ],
    [
      { op: 'added', entity: 'alias', model: 'my-model', key: 'champion', to: 2, version: 2 },
      'my-model: alias champion → v2',
    ],
    [
      { op: 'updated', entity: 'alias', model: 'my-model', key: 'champion', from: 1, to: 2, version: 2 },
      'my-model: alias champion → v2 (was v1)',
    ],
    [
      { op: 'removed', entity: 'alias', model: 'my-model', key: 'champion', from: 2, version: 2 },
      'my-model: alias champion removed (was v2)',
    ],
    [{ op: 'added', entity: 'registered_model', model: 'my-model' }, 'registered model my-model created'],
    [{ op: 'removed', entity: 'registered_model', model: 'my-model' }, 'registered model my-model deleted'],
    [
      { op: 'updated', entity: 'registered_model', model: 'b', key: 'name', from: 'a', to: 'b' },
      'registered model a renamed to b',
    ],
    [
      { op: 'updated', entity: 'registered_model', model: 'm', key: 'description', from: null, to: 'hi' },
      'm description: none → "hi"',
    ],
    [{ op: 'added', entity: 'model_version', model: 'my-model', version: 4 }, 'my-model v4 created (stage None)'],
    [{ op: 'removed', entity: 'model_version', model: 'my-model', version: 2 }, 'my-model v2 deleted'],
    [
      {
        op: 'updated',
        entity: 'model_version',
        model: 'my-model',
        version: 4,
        key: 'currentStage',
        from: 'None',
        to: 'Deleted_Internal',
      },
      'my-model v4 deleted',
    ],
    [
      { op: 'updated', entity: 'model_version', model: 'm', version: 1, key: 'description', from: 'a', to: 'b' },
      'm v1 description: "a" → "b"',
    ],
    [{ op: 'added', entity: 'registered_model_tag', model: 'm', key: 'team', to: 'ml' }, 'm: tag team = "ml"'],
    [
      { op: 'updated', entity: 'model_version_tag', model: 'm', version: 2, key: 'k', from: 'a', to: 'b' },
      'm v2: tag k = "b" (was "a")',
    ],
    [
      { op: 'removed', entity: 'model_version_tag', model: 'm', version: 2, key: 'k', from: 'a' },
      'm v2: tag k removed',
    ],
    [{ op: 'added', entity: 'run', key: 'abc', to: { runName: 'bold-fox-1' } }, 'run abc started'],
    [{ op: 'added', entity: 'logged_model', key: 'm-1' }, 'logged model m-1 created'],
    [{ op: 'updated', entity: 'run', key: 'abc', to: { param: 'depth', value: '3' } }, 'run abc: param depth = 3'],
    [{ op: 'updated', entity: 'run', key: 'abc', to: { metric: 'acc', value: 0.9 } }, 'run abc: metric acc = 0.9'],
    [{ op: 'updated', entity: 'run', key: 'abc', to: { tag: 'team', value: 'ml' } }, 'run abc: tag team = "ml"'],
    [
      { op: 'updated', entity: 'run', key: 'abc', from: { status: 'RUNNING' }, to: { status: 'FINISHED' } },
      'run abc: RUNNING → FINISHED',
    ],
  ])('%j', (change, text) => {
    expect(describeChange(change)).toBe(text);
  });
});
