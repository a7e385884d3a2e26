// "Show solution" asks first (a learner who clicks by accident keeps the puzzle), then lists the
// reference solution. "Run solution" resets the lab and plays the lines into the terminal, so the
// learner watches the registry reach the goal.
import { useState } from 'react';

interface Props {
  readonly terminal?: readonly string[];
  readonly python?: string;
  readonly shown: boolean;
  readonly onShow: () => void;
  readonly onRun: () => void;
  readonly running: boolean;
}

export default function SolutionReveal({ terminal, python, shown, onShow, onRun, running }: Props) {
  const [asking, setAsking] = useState(false);
  if (!shown) {
    if (!asking)
      return (
        <div className="lab-solution">
          <button type="button" className="secondary" onClick={() => setAsking(true)}>
            Show solution
          </button>
        </div>
      );
    return (
      <div className="lab-solution" role="group" aria-label="Confirm showing the solution">
        <p>
          Show the solution? Trying the hints first teaches more. The lab still counts as completed after you see it.
        </p>
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            onShow();
          }}
        >
          Yes, show the solution
        </button>{' '}
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Not yet
        </button>
      </div>
    );
  }
  return (
    <section className="lab-solution" aria-label="Solution">
      <h3>Solution</h3>
      {terminal && (
        <>
          <p>Type these lines in the terminal:</p>
          <ol className="lab-solution-steps">
            {terminal.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ol>
        </>
      )}
      {python && (
        <>
          <p>Or, as a Python program with the real MLflow client:</p>
          <pre className="lab-solution-python">
            <code>{python}</code>
          </pre>
        </>
      )}
      <button type="button" onClick={onRun} disabled={running}>
        {running ? 'Running the solution…' : 'Run solution (resets the lab first)'}
      </button>
    </section>
  );
}
