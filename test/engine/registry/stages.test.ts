import { describe, expect, test } from 'vitest';
import { ALL_STAGES, canonicalStage, modelVersionStages } from '../../../src/engine/registry/index.ts';

describe('canonicalStage', () => {
  // facts §1: case-insensitive match, stored in canonical form
  test.each([
    ['None', 'None'],
    ['none', 'None'],
    ['NONE', 'None'],
    ['staging', 'Staging'],
    ['StAgInG', 'Staging'],
    ['PRODUCTION', 'Production'],
    ['production', 'Production'],
    ['archived', 'Archived'],
    ['Archived', 'Archived'],
  ])('%s -> %s (facts §1)', (input, stage) => {
    expect(canonicalStage(input)).toEqual({ ok: true, stage });
  });

  // facts §1: the message echoes the raw input; no trimming; Deleted_Internal is never accepted
  test.each(['unknown', 'Prod', ' Staging', 'Staging ', 'Deleted_Internal', 'P', ''])(
    '%j is invalid (facts §1)',
    (input) => {
      expect(canonicalStage(input)).toEqual({
        ok: false,
        error: {
          kind: 'mlflow',
          message: `Invalid Model Version stage: ${input}. Value must be one of None, Staging, Production, Archived.`,
          errorCode: 'INVALID_PARAMETER_VALUE',
          check: 'invalid-stage',
        },
      });
    },
  );

  test('ALL_STAGES and get_model_version_stages list the four stages in order (facts §1)', () => {
    expect(ALL_STAGES).toEqual(['None', 'Staging', 'Production', 'Archived']);
    expect(modelVersionStages()).toEqual(['None', 'Staging', 'Production', 'Archived']);
  });
});
