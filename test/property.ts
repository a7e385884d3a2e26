// Seeds and run counts for every fast-check property in test/. CI is reproducible: each property
// starts from a fixed seed (the global one set in ./fast-check-setup.ts, or its own via seed()),
// and a failure prints the seed and path that replay it. To look further:
//   FC_SEED=123 npx vitest run test/python/fuzz.test.ts   other inputs (FC_SEED=random: a new seed each run)
//   FC_RUNS=10 npx vitest run                             every property runs ten times as many cases
const FIXED_SEED = 20261202;

function parseSeed(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  if (text === 'random') return Math.floor(Math.random() * 2 ** 31);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(text)}`);
  return n;
}

const chosen = parseSeed(process.env.FC_SEED);
const scale = Number(process.env.FC_RUNS ?? '1');
if (!(scale > 0)) throw new Error(`FC_RUNS must be a positive number, not ${JSON.stringify(process.env.FC_RUNS)}`);

/** The seed of every property that names none. */
export const PROPERTY_SEED = chosen ?? FIXED_SEED;

/** A property's own fixed seed; FC_SEED moves it too, so one variable explores every property. */
export function seed(fixed: number): number {
  return chosen === null ? fixed : (chosen + fixed) % 2 ** 31;
}

/** A property's number of cases, times FC_RUNS. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * scale));
}
