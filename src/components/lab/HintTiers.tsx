// Hints in three tiers, one revealed per click: a nudge, then the concept, then the exact command.
// Never straight to the answer; how many were shown is kept with the lab's progress.
import type { HintTier } from './lab-props.ts';

interface Props {
  readonly tiers: readonly HintTier[];
  readonly shown: number;
  readonly onReveal: () => void;
}

export default function HintTiers({ tiers, shown, onReveal }: Props) {
  const visible = tiers.slice(0, shown);
  return (
    <section className="lab-hints" aria-label="Hints">
      {visible.length > 0 && (
        <ol className="lab-hint-list">
          {visible.map((t, i) => (
            <li key={t.title} data-hint-tier={i + 1}>
              <strong>
                Hint {i + 1} of {tiers.length}: {t.title}.
              </strong>{' '}
              <span dangerouslySetInnerHTML={{ __html: t.html }} />
            </li>
          ))}
        </ol>
      )}
      {shown < tiers.length && (
        <button type="button" className="secondary" onClick={onReveal}>
          {shown === 0 ? 'Show a hint' : 'Show the next hint'} ({shown + 1} of {tiers.length})
        </button>
      )}
    </section>
  );
}
