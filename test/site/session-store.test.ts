// The page's session store driving the real engine (pure, so it runs in Node): a command's
// output, its registry change and the live-check event are published, and the saved session
// restores after a "reload" (the module state forgotten, storage kept).
import { beforeEach, expect, test } from 'vitest';
import { buildScenario } from '../../src/engine/registry/scenario.ts';
import { STAGES_LESSON_SCENARIO } from '../../src/engine/registry/scenario.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import {
  $foreground,
  $lastChanges,
  $lastRun,
  $lines,
  $mode,
  $prompt,
  $registry,
  _resetForTests,
  configureSession,
  ensureSession,
  interrupt,
  resetSession,
  runLine,
  runPython,
  storageKey,
} from '../../src/stores/session.ts';
import { installMemoryStorage } from './memory-storage.ts';

const storage = installMemoryStorage();
const scenario = buildScenario(STAGES_LESSON_SCENARIO, deterministicSources());
const stageOf = (v: number): string | undefined => $registry.get().models['my-model']?.versions[v - 1]?.currentStage;

beforeEach(() => {
  storage.clear();
  _resetForTests();
  configureSession('model-stages', scenario);
});

test('a transition typed in the terminal reaches the board, the screen and the live check', async () => {
  const result = await runLine('mlflow models transition-stage --model-name my-model --version 1 --stage Production');
  expect(result.exitCode).toBe(0);
  expect(stageOf(1)).toBe('Production'); // facts §2.3: the target gets the canonical stage
  expect($lines.get()[0]).toEqual({
    kind: 'input',
    prompt: '$ ',
    text: 'mlflow models transition-stage --model-name my-model --version 1 --stage Production',
  });
  expect($lines.get().some((l) => l.text.includes("transitioned to stage 'Production'"))).toBe(true);
  expect($lastRun.get()?.input).toContain('--stage Production');
  expect($lastChanges.get()?.changes.some((c) => c.key === 'currentStage' && c.to === 'Production')).toBe(true);
});

test('the saved session survives a reload: registry, screen and history', async () => {
  await runLine('mlflow models transition-stage --model-name my-model --version 2 --stage Staging');
  expect(storage.getItem(storageKey('model-stages'))).toContain('"v":1');
  _resetForTests();
  configureSession('model-stages', scenario);
  expect(stageOf(2)).toBe('Staging'); // drawn from storage before the engine loads
  await ensureSession();
  expect(stageOf(2)).toBe('Staging');
  await runLine('mlflow models transition-stage --model-name my-model --version 3 --stage Staging');
  expect([stageOf(2), stageOf(3)]).toEqual(['Staging', 'Staging']); // facts §2.3: stages may be shared
});

test('a reload inside the Python REPL comes back to the shell prompt and says the Python session ended', async () => {
  await runLine('python');
  await runLine('x = 41');
  _resetForTests();
  configureSession('model-stages', scenario);
  // Before the engine loads, the prompt already matches the mode the engine will restore.
  expect([$mode.get(), $prompt.get()]).toEqual(['shell', '$ ']);
  expect($lines.get().at(-1)).toEqual({ kind: 'info', text: expect.stringContaining('The Python session ended') });
  await ensureSession();
  expect([$mode.get(), $prompt.get()]).toEqual(['shell', '$ ']);
  const result = await runLine('echo back');
  expect(result.lines.map((l) => l.text)).toEqual(['back']);
});

test('a usage error is stderr with exit code 2 and changes nothing (facts §7: click wording)', async () => {
  const result = await runLine('mlflow models transition-stage --model-name my-model --version 1');
  expect(result.exitCode).toBe(2);
  expect(
    $lines
      .get()
      .filter((l) => l.kind === 'stderr')
      .map((l) => l.text),
  ).toContain("Error: Missing option '--stage'.");
  expect(stageOf(1)).toBe('None');
});

test('the Python REPL changes the prompt; Ctrl+C shows ^C once', async () => {
  await runLine('python');
  expect([$mode.get(), $prompt.get()]).toEqual(['python', '>>> ']);
  await runLine('x = 1 +');
  await interrupt('partial');
  expect($lines.get().filter((l) => l.text.includes('^C'))).toHaveLength(1);
});

test('a code example run in the session moves the board too; Reset brings the scenario back', async () => {
  const out = await runPython(
    'from mlflow import MlflowClient\nMlflowClient().transition_model_version_stage("my-model", 3, "Archived")\nprint("done")\n',
    'ex.py',
  );
  expect(out.stdout).toBe('done\n');
  expect(out.stderr).toContain('FutureWarning'); // facts §4: every stage API call warns
  expect(stageOf(3)).toBe('Archived');
  await resetSession();
  expect(stageOf(3)).toBe('None');
});

test('after Reset the first shorthand command prints its note again, as the lesson transcript expects', async () => {
  // The lesson's first example shows the note; a learner told to "Reset and run in order" must
  // be able to match it again.
  const cmd = 'mlflow models list-versions --model-name my-model';
  const notes = (r: Awaited<ReturnType<typeof runLine>>): number =>
    r.lines.filter((l) => l.text.startsWith('note:')).length;
  expect(notes(await runLine(cmd))).toBeGreaterThan(0);
  expect(notes(await runLine(cmd))).toBe(0); // shown once per session
  await resetSession();
  expect(notes(await runLine(cmd))).toBeGreaterThan(0);
});

test('a server started without & is in the foreground until Ctrl+C (facts §6.3: serve blocks)', async () => {
  await runLine('mlflow models serve -m models:/my-model/1 --env-manager local');
  expect($foreground.get()).toBe(true);
  await interrupt('');
  expect($foreground.get()).toBe(false);
  await runLine('mlflow models serve -m models:/my-model/1 --env-manager local &');
  expect($foreground.get()).toBe(false);
});
