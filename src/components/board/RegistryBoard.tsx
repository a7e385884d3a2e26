// The registry board: every registered model, its versions grouped by stage, aliases as chips.
// It follows the page's session whatever changed it (terminal, Run, editor) and says in words
// what just changed; a table view gives the same facts to screen readers and keyboard users.
import { useStore } from '@nanostores/react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { RegisteredModel, RegistryState, Stage } from '../../engine/registry/types.ts';
import { ALL_STAGES } from '../../engine/registry/types.ts';
import { $lastChanges, $registry, configureSession } from '../../stores/session.ts';
import { describeChange } from '../../engine/registry/diff.ts';
import {
  STAGE_HINT,
  STAGE_ICON,
  aliasesByVersion,
  changeLines,
  stageColumn,
  touchedVersions,
  versionsByStage,
} from './describe.ts';
import { animateMoves, measureCards } from './flip.ts';
import type { Spot } from './flip.ts';
import './board.css';

interface Props {
  lesson: string;
  scenario: RegistryState;
}

export default function RegistryBoard({ lesson, scenario }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    configureSession(lesson, scenario);
    setReady(true);
  }, [lesson, scenario]);
  const live = useStore($registry);
  const lastChanges = useStore($lastChanges);
  const registry = ready ? live : scenario;
  const [table, setTable] = useState(false);
  const ids = useId();

  // Only changes made after the board appeared are "just changed".
  const [seenSeq, setSeenSeq] = useState<number | null>(null);
  useEffect(() => {
    if (ready && seenSeq === null) setSeenSeq(lastChanges?.seq ?? 0);
  }, [ready, seenSeq, lastChanges]);
  const fresh = lastChanges && seenSeq !== null && lastChanges.seq > seenSeq ? lastChanges : null;
  const touched = fresh ? touchedVersions(fresh.changes, registry.models) : new Set<string>();
  const sentences = fresh ? changeLines(fresh.changes, describeChange) : [];

  // FLIP: remember where every version card was before this render, then slide each card that
  // moved (a stage change) from its old place to its new one.
  const root = useRef<HTMLElement>(null);
  const before = useRef(new Map<string, Spot>());
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    animateMoves(el, before.current);
    before.current = measureCards(el);
  });

  const models = Object.values(registry.models).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="board" role="region" aria-labelledby={`${ids}-title`} ref={root}>
      <div className="board-bar">
        <h2 className="board-title" id={`${ids}-title`}>
          Registry
        </h2>
        <label className="board-toggle">
          <input type="checkbox" checked={table} onChange={(e) => setTable(e.currentTarget.checked)} />
          <span>Table view</span>
        </label>
      </div>
      <div className="board-changes" role="status" aria-live="polite" id={`${ids}-changes`}>
        {sentences.length > 0 ? (
          <>
            <span className="visually-hidden">Just changed: </span>
            <ul>
              {sentences.map((s) => (
                <li key={s}>
                  <span aria-hidden="true">↻ </span>
                  {s}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="board-quiet">Changes you make appear here.</p>
        )}
      </div>
      {models.length === 0 && <p>No registered models yet.</p>}
      {table ? (
        <RegistryTable models={models} touched={touched} />
      ) : (
        models.map((m) => <ModelCard key={m.name} model={m} touched={touched} />)
      )}
    </section>
  );
}

function StageLabel({ stage }: { stage: Stage }) {
  return (
    <span className={`stage-label stage-${stage.toLowerCase()}`}>
      <span aria-hidden="true" className="stage-icon">
        {STAGE_ICON[stage]}
      </span>{' '}
      {stage}
    </span>
  );
}

function ModelCard({ model, touched }: { model: RegisteredModel; touched: Set<string> }) {
  const groups = versionsByStage(model);
  const aliases = aliasesByVersion(model);
  const tags = new Map(model.versions.map((v) => [v.version, Object.entries(v.tags)]));
  return (
    <article className="model" aria-label={`Model ${model.name}`}>
      <h3 className="model-name">{model.name}</h3>
      <div className="stages">
        {ALL_STAGES.map((stage) => {
          const column = stageColumn(groups[stage]);
          return (
            <div key={stage} className={`stage stage-${stage.toLowerCase()}`}>
              <h4 className="stage-head" title={STAGE_HINT[stage]}>
                <StageLabel stage={stage} />
                <span className="stage-count"> ({column.total.toLocaleString('en-US')})</span>
              </h4>
              <ul className="versions">
                {column.total === 0 && (
                  <li className="empty">
                    —<span className="visually-hidden">no versions</span>
                  </li>
                )}
                {column.shown.map((v) => {
                  const key = `${model.name}:${v}`;
                  const changed = touched.has(key);
                  return (
                    <li key={key} data-card={key} className={changed ? 'version changed' : 'version'}>
                      <span className="version-number">v{v}</span>
                      {changed && <span className="changed-mark"> (just changed)</span>}
                      {(aliases.get(v) ?? []).map((a) => (
                        <span key={a} className="alias">
                          @{a}
                        </span>
                      ))}
                      {(tags.get(v) ?? []).map(([k, value]) => (
                        <span key={k} className="tag" title={`${k}=${value}`}>
                          <span className="visually-hidden">tag </span>
                          {k}={value}
                        </span>
                      ))}
                    </li>
                  );
                })}
                {column.more > 0 && (
                  <li className="more">
                    {column.more.toLocaleString('en-US')} more
                    <span className="visually-hidden"> older versions in {stage}</span>
                  </li>
                )}
              </ul>
            </div>
          );
        })}
      </div>
    </article>
  );
}

/** A cell's column name, shown beside the value only when the table is stacked on a narrow board. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell">
      <span className="cell-label" aria-hidden="true">
        {label}:{' '}
      </span>
      {children}
    </td>
  );
}

/** Rows per model in the table view (newest first). */
const TABLE_ROWS = 100;

// Explicit roles: on a narrow board the rows stack as blocks (board.css), and a table restyled
// that way can lose its table semantics in some browsers; the roles keep rows and cells announced.
function RegistryTable({ models, touched }: { models: RegisteredModel[]; touched: Set<string> }) {
  return (
    <table className="board-table" role="table">
      <caption>Registered model versions by stage</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            Model
          </th>
          <th scope="col" role="columnheader">
            Version
          </th>
          <th scope="col" role="columnheader">
            Stage
          </th>
          <th scope="col" role="columnheader">
            Aliases
          </th>
          <th scope="col" role="columnheader">
            Just changed
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {models.flatMap((m) => {
          const aliases = aliasesByVersion(m);
          const live = m.versions.filter((v) => v.currentStage !== 'Deleted_Internal');
          // Newest first and at most TABLE_ROWS per model: a loop's 1,500 versions stay readable.
          const rows = live.slice(-TABLE_ROWS).reverse();
          const left = live.length - rows.length;
          return [
            ...rows.map((v) => (
              <tr key={`${m.name}:${v.version}`} role="row">
                <Cell label="Model">{m.name}</Cell>
                <Cell label="Version">{v.version}</Cell>
                <Cell label="Stage">
                  {v.currentStage !== 'Deleted_Internal' && <StageLabel stage={v.currentStage} />}
                </Cell>
                <Cell label="Aliases">{(aliases.get(v.version) ?? []).map((a) => `@${a}`).join(', ') || '—'}</Cell>
                <Cell label="Just changed">{touched.has(`${m.name}:${v.version}`) ? 'yes' : 'no'}</Cell>
              </tr>
            )),
            ...(left > 0
              ? [
                  <tr key={`${m.name}:more`} role="row" className="more-row">
                    <td role="cell" colSpan={5}>
                      {left.toLocaleString('en-US')} older versions of {m.name} not listed
                    </td>
                  </tr>,
                ]
              : []),
          ];
        })}
      </tbody>
    </table>
  );
}
