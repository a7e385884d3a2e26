// The authoring guide (content/README.md, also the site's /guide page) teaches the transcript
// format with examples; they are replayed like a lesson's, so the guide cannot drift either.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { simulator } from '../../src/content-check/engine.ts';
import { readLessonSource } from '../../src/lessons/source.ts';
import { extractRunnables } from '../../src/lessons/runnables.ts';
import { proveCommandKey, proveOrderKey } from '../../src/content-check/typed-keys.ts';
import { questionSchema } from '../../src/schemas/question.ts';
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

// The guide's worked examples of the two kinds graded by running are proven like a bank's.
test.each(['command', 'order'])('the guide\'s "kind: %s" example is a valid question whose key is proven', (kind) => {
  const text = readFileSync(`${REPO}content/README.md`, 'utf8');
  const block = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((b) => b.includes(`kind: ${kind}\n`));
  expect(block, `a yaml block with kind: ${kind}`).toBeDefined();
  const question = questionSchema.parse((parse(block ?? '') as unknown[])[0]);
  const scenario = question.scenario ?? 'model-stages';
  const spec = parse(readFileSync(`${REPO}content/scenarios/${scenario}.yaml`, 'utf8'));
  const problems =
    question.kind === 'command'
      ? proveCommandKey(simulator, spec, question)
      : question.kind === 'order'
        ? proveOrderKey(simulator, spec, question)
        : ['not a new kind'];
  expect(problems).toEqual([]);
});
