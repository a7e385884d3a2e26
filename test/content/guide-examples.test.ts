// The authoring guide (content/README.md, also the site's /guide page) teaches the transcript
// format with examples; they are replayed like a lesson's, so the guide cannot drift either.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { simulator } from '../../src/content-check/engine.ts';
import { readLessonSource } from '../../src/content-check/mdx.ts';
import { extractRunnables } from '../../src/content-check/runnables.ts';
import { formatFailure, replayTranscript } from '../../src/engine/transcript.ts';
import { REPO } from './fixtures.ts';

test('every runnable transcript in the authoring guide replays from the model-stages scenario', () => {
  const guide = readLessonSource(readFileSync(`${REPO}content/README.md`, 'utf8'));
  const runnables = extractRunnables(guide.tree, 'guide');
  expect(runnables.length).toBeGreaterThanOrEqual(2);
  const session = simulator.newSession(parse(readFileSync(`${REPO}content/scenarios/model-stages.yaml`, 'utf8')));
  const failures = runnables.flatMap((r) =>
    r.kind === 'transcript'
      ? replayTranscript(session, r.transcript).failures.map((f) =>
          formatFailure({ ...f, line: r.line + f.line }, 'content/README.md'),
        )
      : [],
  );
  expect(failures).toEqual([]);
});
