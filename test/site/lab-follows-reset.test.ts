// A lab's commands-versus-par counter follows any Reset of its session: the terminal's own Reset
// button puts the registry back to the lab's start, so the attempt starts over at 0 commands.
import { beforeEach, expect, test } from 'vitest';
import { STAGES_LESSON_SCENARIO, buildScenario } from '../../src/engine/registry/scenario.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import { followResets } from '../../src/components/lab/follow-resets.ts';
import {
  _resetLabProgressForTests,
  countCommand,
  labOf,
  markSolved,
  updateLabProgress,
} from '../../src/stores/lab-progress.ts';
import { $resets, _resetForTests, configureSession, resetSession } from '../../src/stores/session.ts';
import { installMemoryStorage } from './memory-storage.ts';

const storage = installMemoryStorage();
const scenario = buildScenario(STAGES_LESSON_SCENARIO, deterministicSources());
const LAB = 'promote-and-retire';

beforeEach(() => {
  storage.clear();
  _resetForTests();
  _resetLabProgressForTests();
  configureSession(`lab:${LAB}`, scenario);
});

test('the terminal’s Reset starts a new attempt: count 0, completion and best kept', async () => {
  const said: string[] = [];
  const stop = followResets(LAB, () => said.push('reset'));
  updateLabProgress((p) => markSolved(countCommand(countCommand(p, LAB), LAB), LAB, 1));
  updateLabProgress((p) => countCommand(p, LAB));
  await resetSession();
  const record = labOf(JSON.parse(storage.getItem('mlflow-academy:v1:labs') ?? '{}'), LAB);
  expect(record).toMatchObject({ commands: 0, solved: true, bestCommands: 2 });
  expect(said).toEqual(['reset']);
  stop();
});

test('every Reset counts once, and a lab that stopped listening is left alone', async () => {
  await resetSession();
  await resetSession();
  expect($resets.get()).toBe(2);
  const stop = followResets(LAB);
  stop();
  updateLabProgress((p) => countCommand(p, LAB));
  await resetSession();
  expect(labOf(JSON.parse(storage.getItem('mlflow-academy:v1:labs') ?? '{}'), LAB).commands).toBe(1);
});
