// The fuzzer's CI sample: a few fixed programs whose real MLflow output is recorded in the repo,
// so `npm test` compares the simulator with the real thing without the oracle. Re-record with
// `npm run fuzz -- --record-sample` after changing the generator or the list.
export const SAMPLE_DIR = new URL('../../test/fuzz/sample/', import.meta.url).pathname;

/** Seed 1, programs 0-47: the first of the developer command's default run. */
export const SAMPLE: readonly (readonly [number, number])[] = Array.from({ length: 48 }, (_, i) => [1, i] as const);

export const ORACLE_COMMIT = '28f34833be3d887f19c39eccf09b968bae7997f9';

export const RECORDED_NOTE = `# Recorded from the real MLflow

Each \`NAME.py\` here is a program of the differential fuzzer (\`scripts/fuzz/\`) without the
prelude it runs after (\`scripts/fuzz/prelude.py\`, which the test puts back), \`NAME.stdout\`
is what it printed and \`NAME.stderr\` the stderr lines that matter (MLflow's table-creation log
left out) on the real MLflow 3.6.1.dev0 (upstream commit ${ORACLE_COMMIT}) with a
SQLite backend, through \`/work/shared/oracle/batch.py --shared-db\`. \`test/fuzz/sample.test.ts\`
runs each program on the simulator and expects the same output. Re-record them all with
\`npm run fuzz -- --record-sample\`.
`;
