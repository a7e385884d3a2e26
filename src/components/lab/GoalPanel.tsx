// The goal as a list of named checks. Each shows an icon AND a word (never colour alone), what it
// asks, and while unmet what is true now. The summary says in one sentence what is left to do.
import type { GoalReport } from '../../engine/goals.ts';

interface Props {
  readonly report: GoalReport;
  readonly headingId: string;
}

export default function GoalPanel({ report, headingId }: Props) {
  return (
    <section className="lab-goal" aria-labelledby={headingId}>
      <h2 id={headingId}>Goal</h2>
      <p className="lab-goal-scope">
        Only the registry’s state is checked, after every command: any way that gets there counts.
      </p>
      <ul className="lab-checks">
        {report.results.map((r) => (
          <li
            key={r.id}
            className={r.passed ? 'lab-check passed' : 'lab-check unmet'}
            data-check={r.id}
            data-passed={r.passed}
          >
            <span className="lab-check-icon" aria-hidden="true">
              {r.passed ? '✓' : '✗'}
            </span>
            <span className="lab-check-word">{r.passed ? 'Done:' : 'Not yet:'}</span>{' '}
            <span className="lab-check-label">{r.label}</span>
            {!r.passed && <span className="lab-check-detail">Now: {r.detail}.</span>}
          </li>
        ))}
      </ul>
      <p className="lab-goal-count">
        {report.passed} of {report.total} checks pass.
      </p>
    </section>
  );
}
