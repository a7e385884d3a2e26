// A lab's controls beside the terminal and the board: the Goal panel (re-checked after every
// command, whoever ran it), the feedback for a known wrong state, hints, the solution, Reset lab
// and the commands-versus-par counter. It holds no goal logic: src/engine/goals.ts does, the same
// code the content checker proves the lab with.
import { useStore } from '@nanostores/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { evaluateChecks, evaluateGoal, goalAnnouncement, goalSummary, type GoalReport } from '../../engine/goals.ts';
import {
  $labProgress,
  countCommand,
  labOf,
  markSolved,
  revealHint,
  showSolution,
  startLabProgress,
  updateLabProgress,
} from '../../stores/lab-progress.ts';
import {
  $lastChanges,
  $registry,
  $resets,
  configureSession,
  resetSession,
  runLines,
  runPython,
} from '../../stores/session.ts';
import { followResets } from './follow-resets.ts';
import GoalPanel from './GoalPanel.tsx';
import HintTiers from './HintTiers.tsx';
import SolutionReveal from './SolutionReveal.tsx';
import type { LabPanelProps } from './lab-props.ts';
import './lab.css';

export default function LabPanel({ labId, sessionKey, scenario, goal, hints, feedback, solution, par }: LabPanelProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    configureSession(sessionKey, scenario);
    startLabProgress();
    setReady(true);
  }, [sessionKey, scenario]);

  const live = useStore($registry);
  const registry = ready ? live : scenario;
  const report = useMemo(() => evaluateGoal(registry, goal), [registry, goal]);
  const progress = useStore($labProgress);
  const record = labOf(progress, labId);
  const ids = useId();

  // Par counts registry-changing operations: each input or run that changed the registry counts
  // once, whoever made it; `python`, imports, `c = MlflowClient()`, reads and failed commands
  // change nothing and do not count (check:content sets par the same way).
  useEffect(
    () =>
      $lastChanges.listen((event) => {
        if (event && event.changes.length > 0) updateLabProgress((p) => countCommand(p, labId));
      }),
    [labId],
  );

  // Announce checks that flip and the goal being reached; not the state found on page load.
  // After a Reset (Reset lab or the terminal's), the reset itself is what is said: the checks it
  // flipped back are its consequence. A Reset changes the registry and `$resets` in one step, so
  // both arrive in the same render.
  const [announcement, setAnnouncement] = useState('');
  // Shown (not only announced) after a Reset, until the registry changes again.
  const [resetNote, setResetNote] = useState(false);
  const previous = useRef<GoalReport | null>(null);
  const solvedThisAttempt = useRef(false);
  const resets = useStore($resets);
  const resetsSeen = useRef(resets);
  useEffect(() => {
    if (!ready) return;
    const before = previous.current;
    previous.current = report;
    if (before === null) {
      solvedThisAttempt.current = report.reached;
      return;
    }
    if (resets !== resetsSeen.current) {
      resetsSeen.current = resets;
      solvedThisAttempt.current = report.reached;
      setAnnouncement('Lab reset: the registry is back to the lab’s starting state and the change count is 0.');
      setResetNote(true);
      return;
    }
    setResetNote(false);
    const said = goalAnnouncement(before, report);
    if (said) setAnnouncement(said);
    if (report.reached && !solvedThisAttempt.current) {
      solvedThisAttempt.current = true;
      // The registry view can arrive (and render) before the run's change event that counts the
      // operation: record the best count once that event has been counted.
      setTimeout(() => updateLabProgress((p) => markSolved(p, labId, Date.now())), 0);
    }
    if (!report.reached) solvedThisAttempt.current = false;
  }, [ready, report, labId, resets]);

  const tips = report.reached
    ? []
    : feedback.filter((f) => evaluateChecks(registry, f.when, goal.model).every((r) => r.passed)).map((f) => f.html);

  const [running, setRunning] = useState(false);

  // Reset lab and the terminal's own Reset alike: a new attempt, counted from 0.
  useEffect(() => followResets(labId), [labId]);

  async function resetLab(): Promise<void> {
    await resetSession();
  }

  async function runSolution(): Promise<void> {
    setRunning(true);
    try {
      await resetLab();
      if (solution.terminal) await runLines(solution.terminal);
      else if (solution.python) await runPython(solution.python, `${labId}.py`);
    } finally {
      setRunning(false);
    }
  }

  const overPar = record.commands > par;
  return (
    <div className="lab-panel" data-lab={labId} data-ready={ready}>
      <GoalPanel report={report} headingId={`${ids}-goal`} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {report.reached ? (
        <p className="lab-reached" data-goal-reached>
          <span aria-hidden="true">★ </span>
          <strong>Goal reached!</strong> You made {record.commands}{' '}
          {record.commands === 1 ? 'registry change' : 'registry changes'} (par {par}).
          {record.commands <= par && !record.solutionShown ? ' Right on par or better.' : ''}
          {helpUsed(record.hintsShown, hints.length, record.solutionShown)}
        </p>
      ) : (
        <p className="lab-summary">{goalSummary(report)}</p>
      )}
      {tips.map((html) => (
        <div key={html} className="lab-tip" role="note">
          <strong>Tip: </strong>
          <span dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      ))}
      {resetNote ? (
        <p className="lab-reset-note" data-lab-reset>
          Lab reset: the registry is back to this lab’s starting state; changes are counted from 0.
        </p>
      ) : null}
      <p className="lab-counter" data-commands={record.commands}>
        Registry changes made: <strong>{record.commands}</strong> · par <strong>{par}</strong>
        {overPar ? ' (over par is fine: the goal is what counts)' : ''}
        {record.solved ? (
          <span className="lab-completed">
            {' '}
            · <span aria-hidden="true">✓ </span>Completed
            {record.bestCommands !== null ? `, best ${record.bestCommands}` : ''}
          </span>
        ) : null}
      </p>
      <div className="lab-actions">
        <button type="button" className="secondary" onClick={() => void resetLab()}>
          Reset lab
        </button>
      </div>
      <HintTiers
        tiers={hints}
        shown={record.hintsShown}
        onReveal={() => updateLabProgress((p) => revealHint(p, labId, hints.length))}
      />
      <SolutionReveal
        terminal={solution.terminal}
        python={solution.python}
        shown={record.solutionShown}
        onShow={() => updateLabProgress((p) => showSolution(p, labId))}
        onRun={() => void runSolution()}
        running={running}
      />
    </div>
  );
}

/** Help used, shown beside the result (not a penalty that blocks anything): " With 2 of 3 hints." */
function helpUsed(hintsShown: number, tiers: number, solutionShown: boolean): string {
  if (solutionShown) return ' With the solution shown.';
  if (hintsShown === 0) return ' No hints needed.';
  return ` With ${hintsShown} of ${tiers} hints.`;
}
