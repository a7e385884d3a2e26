import { describe, expect, test } from 'vitest';
import type { Change } from '../../src/engine/registry/result.ts';
import type { ModelVersion, RegisteredModel } from '../../src/engine/registry/types.ts';
import {
  aliasesByVersion,
  changeLines,
  stageColumn,
  touchedVersions,
  versionsByStage,
} from '../../src/components/board/describe.ts';

function version(n: number, stage: ModelVersion['currentStage']): ModelVersion {
  return {
    name: 'my-model',
    version: n,
    creationTimestamp: 0,
    lastUpdatedTimestamp: 0,
    currentStage: stage,
    description: null,
    source: `models:/m-${n}`,
    runId: null,
    runLink: null,
    status: 'READY',
    tags: {},
    userId: null,
    modelId: null,
  };
}

const model: RegisteredModel = {
  name: 'my-model',
  creationTimestamp: 0,
  lastUpdatedTimestamp: 0,
  description: null,
  tags: {},
  aliases: { champion: 2, prod: 2, challenger: 3 },
  versions: [
    version(1, 'Archived'),
    version(2, 'Production'),
    version(3, 'Staging'),
    version(4, 'Deleted_Internal'),
    version(5, 'Staging'),
  ],
};

describe('the board groups versions by stage', () => {
  test('deleted versions are hidden; newest first within a stage', () => {
    expect(versionsByStage(model)).toEqual({ None: [], Staging: [5, 3], Production: [2], Archived: [1] });
  });

  test('aliases sit on the version they point to', () => {
    expect(aliasesByVersion(model).get(2)).toEqual(['champion', 'prod']);
    expect(aliasesByVersion(model).get(3)).toEqual(['challenger']);
    expect(aliasesByVersion(model).get(1)).toBeUndefined();
  });
});

describe('what just changed', () => {
  test('the versions a change touches are highlighted, aliases included', () => {
    const touched = touchedVersions(
      [
        {
          op: 'updated',
          entity: 'model_version',
          model: 'my-model',
          version: 1,
          key: 'currentStage',
          from: 'Production',
          to: 'Archived',
        },
        { op: 'updated', entity: 'alias', model: 'my-model', key: 'challenger', from: 2, to: 3 },
      ],
      { 'my-model': model },
    );
    expect([...touched].sort()).toEqual(['my-model:1', 'my-model:3']);
  });
});

describe('the board stays readable at scale', () => {
  const created = (n: number): Change => ({ op: 'added', entity: 'model_version', model: 'loop', version: n });
  const word = (c: Change): string => `v${c.version ?? ''} ${c.op}`;

  test('a few changes are listed one sentence each', () => {
    expect(changeLines([created(1), created(2)], word)).toEqual(['v1 added', 'v2 added']);
  });

  test('1,500 created versions and an alias collapse into one line counting them by kind', () => {
    const changes: Change[] = [
      ...Array.from({ length: 1500 }, (_, i) => created(i + 1)),
      { op: 'added', entity: 'alias', model: 'loop', key: 'champion', to: 1500 },
    ];
    expect(changeLines(changes, word)).toEqual(['1,500 model versions created, 1 alias changed']);
  });

  test.each([
    [[], { shown: [], more: 0, total: 0 }],
    [[3, 2, 1], { shown: [3, 2, 1], more: 0, total: 3 }],
    [
      Array.from({ length: 1500 }, (_, i) => 1500 - i),
      { shown: [1500, 1499, 1498, 1497, 1496, 1495], more: 1494, total: 1500 },
    ],
  ])('a stage column of %j shows the newest few and counts the rest', (versions, column) => {
    expect(stageColumn(versions)).toEqual(column);
  });
});
