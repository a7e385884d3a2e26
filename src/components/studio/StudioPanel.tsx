// The lab builder beside the studio's terminal and board: the steps recorded so far, the goal
// checks proposed from what they changed (ticked ones make the goal), the lab's text, its par, a
// learner's preview and the download. The judging is src/studio/lab-draft.ts (the lab schema and
// the content checker); proposals are src/engine/goal-proposals.ts; state is src/stores/studio.ts.
import { useStore } from '@nanostores/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { changedModel, proposeChecks } from '../../engine/goal-proposals.ts';
import { checkId, evaluateGoal } from '../../engine/goals.ts';
import type { RegistryState } from '../../engine/registry/types.ts';
import { $registry, configureSession, resetSession } from '../../stores/session.ts';
import {
  $draft,
  $steps,
  runProgram,
  startStudio,
  toggleCheck,
  updateDraft,
  type DraftFields,
} from '../../stores/studio.ts';
import { checkDraft, nextOrder, parOf, PROGRAM, type ExistingLab, type LabDraft } from '../../studio/lab-draft.ts';
import GoalPanel from '../lab/GoalPanel.tsx';
import { renderMarkdown } from '../quiz/markdown.ts';
import './studio.css';

export interface StudioPanelProps {
  readonly sessionKey: string;
  readonly scenarioName: string;
  /** The scenario file's data, for the checker's proof. */
  readonly scenarioSpec: unknown;
  readonly start: RegistryState;
  readonly lessons: readonly { readonly id: string; readonly title: string }[];
  /** The lesson a new lab from this scenario starts in (the one that uses the scenario). */
  readonly defaultLesson: string;
  /** The course's labs, so a new one takes a free id and order. */
  readonly existing: readonly ExistingLab[];
}

function freshDraft(scenario: string, lesson: string, existing: readonly ExistingLab[]): DraftFields {
  return {
    id: `${scenario}-lab`,
    lesson,
    order: nextOrder(existing, lesson),
    title: '',
    story: '',
    realMlflow: 'Everything here is real MLflow: the `MlflowClient` calls in the solution.',
    nudge: '',
    concept: '',
    unticked: [],
  };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function StudioPanel({
  sessionKey,
  scenarioName,
  scenarioSpec,
  start,
  lessons,
  defaultLesson,
  existing,
}: StudioPanelProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    configureSession(sessionKey, start);
    startStudio(scenarioName, freshDraft(scenarioName, defaultLesson, existing));
    setReady(true);
  }, [sessionKey, scenarioName, start, defaultLesson, existing]);

  const live = useStore($registry);
  const registry = ready ? live : start;
  const draft = useStore($draft);
  const steps = useStore($steps);
  const [preview, setPreview] = useState(false);
  const [program, setProgram] = useState('from mlflow import MlflowClient\n\nclient = MlflowClient()\n');
  const [programOutput, setProgramOutput] = useState<string | null>(null);
  const [programRunning, setProgramRunning] = useState(false);
  const ids = useId();

  const model = changedModel(start, registry) ?? '';
  const proposals = useMemo(() => proposeChecks(start, registry, model), [start, registry, model]);
  const ticked = proposals.filter((p) => !draft?.unticked.includes(checkId(p.check)));
  const labDraft: LabDraft | null = draft
    ? { ...draft, scenario: scenarioName, model, checks: ticked.map((p) => p.check), steps: [...steps] }
    : null;
  const verdict = useMemo(
    () => (labDraft ? checkDraft(labDraft, scenarioSpec, existing) : null),
    [labDraft, scenarioSpec, existing],
  );

  if (!draft || !labDraft) return <p className="studio-loading">Loading the lab builder…</p>;
  const field = (name: keyof DraftFields, label: string, hint?: string, multiline = false) => {
    const id = `${ids}-${name}`;
    const value = String(draft[name]);
    const onChange = (v: string) => updateDraft({ [name]: name === 'order' ? Number(v) || 1 : v });
    return (
      <div className="studio-field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className="studio-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {multiline ? (
          <textarea
            id={id}
            value={value}
            rows={4}
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            value={value}
            type={name === 'order' ? 'number' : 'text'}
            min={name === 'order' ? 1 : undefined}
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </div>
    );
  };
  const goal = { model: labDraft.model || 'model', checks: labDraft.checks };

  return (
    <div className="studio-panel">
      <section aria-labelledby={`${ids}-steps`}>
        <h2 id={`${ids}-steps`}>1. Act it out</h2>
        <p className="studio-hint">
          Type the solution in the terminal as a learner would, or run it as a Python program from the editor below.
          Every line and program is recorded; Reset starts the recording over from the scenario.
        </p>
        {steps.length === 0 ? (
          <p className="studio-empty">No steps recorded yet.</p>
        ) : (
          <ol className="studio-steps" aria-label="Recorded steps">
            {steps.map((s, i) => (
              <li key={i} data-changed={s.changed}>
                {s.prompt === PROGRAM ? (
                  <pre className="studio-program-step">
                    <code>{s.input}</code>
                  </pre>
                ) : (
                  <code>
                    {s.prompt}
                    {s.input}
                  </code>
                )}
                {s.changed && <span className="studio-tag">changed the registry</span>}
              </li>
            ))}
          </ol>
        )}
        <details className="studio-editor">
          <summary>Or write the solution as a Python program</summary>
          <label htmlFor={`${ids}-program`}>Python program (runs in the studio's session, like a lesson's Run)</label>
          <textarea
            id={`${ids}-program`}
            className="studio-program"
            value={program}
            rows={8}
            spellCheck={false}
            onChange={(e) => setProgram(e.target.value)}
          />
          <button
            type="button"
            className="studio-secondary"
            disabled={programRunning}
            onClick={() => {
              setProgramRunning(true);
              void runProgram(program).then((r) => {
                setProgramOutput(r.output.map((l) => l.text).join('') || '(no output)');
                setProgramRunning(false);
              });
            }}
          >
            Run program
          </button>
          {programOutput !== null && (
            <pre className="studio-program-output" role="status" aria-label="Program output">
              {programOutput}
            </pre>
          )}
        </details>
        <p>
          Par from this route: <strong data-testid="studio-par">{parOf(steps)}</strong>{' '}
          {steps.length > 0 && (
            <button type="button" className="studio-secondary" onClick={() => void resetSession()}>
              Reset and record again
            </button>
          )}
        </p>
      </section>

      <section aria-labelledby={`${ids}-checks`}>
        <h2 id={`${ids}-checks`}>2. Pick the goal</h2>
        <p className="studio-hint">
          Checks proposed from what your steps changed in <code>{model || 'the registry'}</code>. Each passes now and
          fails at the start; untick any the learner need not reach.
        </p>
        {proposals.length === 0 ? (
          <p className="studio-empty">Nothing has changed yet, so there is nothing to check.</p>
        ) : (
          <ul className="studio-checks">
            {proposals.map((p) => {
              const id = checkId(p.check);
              return (
                <li key={id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!draft.unticked.includes(id)}
                      onChange={() => toggleCheck(id)}
                      data-check={id}
                    />{' '}
                    {p.label}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${ids}-text`}>
        <h2 id={`${ids}-text`}>3. Write the lab</h2>
        <div className="studio-grid">
          {field('id', 'Lab id', 'Lowercase words and dashes; the file name.')}
          <div className="studio-field">
            <label htmlFor={`${ids}-lesson`}>Lesson</label>
            <select id={`${ids}-lesson`} value={draft.lesson} onChange={(e) => updateDraft({ lesson: e.target.value })}>
              {lessons.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
          </div>
          {field('order', 'Place among the lesson’s labs')}
          {field('title', 'Title')}
        </div>
        {field('story', 'Story', 'The situation and the task, in a few sentences (markdown).', true)}
        {field('realMlflow', 'Which way is real MLflow', 'One sentence shown under the story.')}
        {field('nudge', 'Hint 1: a nudge', 'Point at the part of the situation to look at, without naming a call.')}
        {field('concept', 'Hint 2: the concept', 'Which API or option solves it, still without the exact command.')}
        <p className="studio-hint">Hint 3 is the exact command: your recorded steps.</p>
      </section>

      <section aria-labelledby={`${ids}-check`} aria-live="polite">
        <h2 id={`${ids}-check`}>4. Check and download</h2>
        {verdict?.ok ? (
          <p className="studio-verdict ok" data-testid="studio-verdict">
            <span aria-hidden="true">✓</span> Proven: the recorded solution reaches the goal from{' '}
            <code>{scenarioName}</code>, and the scenario alone does not.
          </p>
        ) : (
          <div className="studio-verdict problems" data-testid="studio-verdict">
            <p>
              <span aria-hidden="true">✗</span> Not ready yet:
            </p>
            <ul>
              {(verdict && !verdict.ok ? verdict.problems : []).map((p) => (
                <li key={p}>
                  <pre>{p}</pre>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="studio-actions">
          <button
            type="button"
            className="studio-secondary"
            aria-expanded={preview}
            onClick={() => setPreview(!preview)}
          >
            {preview ? 'Hide the learner’s preview' : 'Preview as a learner'}
          </button>
          <button
            type="button"
            className="studio-primary"
            disabled={!verdict?.ok}
            onClick={() => verdict?.ok && download(`${verdict.lab.id}.yaml`, verdict.yaml)}
          >
            Download {draft.id || 'lab'}.yaml
          </button>
        </div>
        {verdict?.ok && (
          <details className="studio-yaml">
            <summary>The YAML</summary>
            <pre>{verdict.yaml}</pre>
          </details>
        )}
      </section>

      {preview && (
        <section className="studio-preview" aria-label="Learner’s preview">
          <h2>{draft.title || 'Untitled lab'}</h2>
          <div dangerouslySetInnerHTML={{ __html: renderMarkdown(draft.story || '*No story yet.*') }} />
          {labDraft.checks.length > 0 && <GoalPanel report={evaluateGoal(start, goal)} headingId={`${ids}-goal`} />}
          <ol className="studio-preview-hints">
            <li>
              <strong>A nudge.</strong> {draft.nudge || '(empty)'}
            </li>
            <li>
              <strong>The concept.</strong> {draft.concept || '(empty)'}
            </li>
            <li>
              <strong>The exact command.</strong> <code>{steps.map((s) => s.input.trimEnd()).join(' ⏎ ')}</code>
            </li>
          </ol>
          <p>Par: {parOf(steps)}</p>
        </section>
      )}
    </div>
  );
}
