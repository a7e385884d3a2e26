// The `--real` branch of `npm run check:content`: locate the oracle (or say in one line how to set
// it up, exit 2), then the three passes of ./content-real.ts.
import { checkContent } from '../content-check/check.ts';
import { simulator } from '../content-check/engine.ts';
import { type SessionLog, recordingEngine, replayingEngine, replayOnOracle } from './content-real.ts';
import { locateOracle } from './locate.ts';

type Files = Parameters<typeof checkContent>[0];
type Options = Parameters<typeof checkContent>[2];

export async function checkOnRealMlflow(files: Files, options: Options): Promise<ReturnType<typeof checkContent>> {
  const located = locateOracle();
  if (!located.ok) {
    process.stderr.write(`check:content --real: ${located.message}\n`);
    process.exit(2);
  }
  const logs: SessionLog[] = [];
  checkContent(files, recordingEngine(simulator, logs), options);
  process.stderr.write(`check:content --real: replaying ${logs.length} sessions on the real MLflow...\n`);
  const { answers, skipped, unreplayable } = await replayOnOracle(located.oracle, logs, (done, total) => {
    if (done % 10 === 0 || done === total) process.stderr.write(`  ${done}/${total} sessions\n`);
  });
  const report = checkContent(files, replayingEngine(simulator, logs, answers), options);
  process.stdout.write(`course shorthand skipped on the real side (not real MLflow): ${skipped} commands\n`);
  process.stdout.write(`requests to a background server, not replayable (the replay stops it): ${unreplayable}\n`);
  return report;
}
