// The fast-check setup is wired: properties without their own seed share the fixed one, so two
// runs of CI draw the same cases (test/property.ts explains FC_SEED and FC_RUNS).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { PROPERTY_SEED } from './property.ts';

test('every property without its own seed starts from the fixed seed', () => {
  expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED);
  if (!process.env.FC_SEED) expect(PROPERTY_SEED).toBe(20261202);
});

test('the same seed draws the same cases', () => {
  const draw = () => fc.sample(fc.array(fc.integer()), { seed: PROPERTY_SEED, numRuns: 5 });
  expect(draw()).toEqual(draw());
});
