// Vitest setup (vitest.config.ts, setupFiles): every fast-check property without its own seed
// starts from the same fixed one, so a CI run is reproducible. See ./property.ts.
import fc from 'fast-check';
import { PROPERTY_SEED, runs } from './property.ts';

fc.configureGlobal({ seed: PROPERTY_SEED, numRuns: runs(100) });
if (process.env.FC_SEED) console.log(`fast-check seed ${PROPERTY_SEED} (FC_SEED=${process.env.FC_SEED})`);
