// The home demo's behaviour: on intent (pointer over Run, focus on it, or the submit itself) the
// real engine is imported; Run executes the command on a fresh session of the demo scenario and
// each version card is placed in its stage's column, sliding there (FLIP) unless the learner
// prefers reduced motion. Nothing here runs before that intent.
import type { RegistryState, Stage } from '../../engine/registry/types.ts';
import { animateMoves, measureCards } from '../board/flip.ts';

const root = document.querySelector<HTMLElement>('[data-home-demo]');
if (root) setUp(root);

function setUp(el: HTMLElement): void {
  const config = JSON.parse(el.querySelector('[data-demo-config]')?.textContent ?? '{}') as {
    scenario: RegistryState;
    model: string;
  };
  const form = el.querySelector<HTMLFormElement>('[data-demo-form]');
  const command = el.querySelector<HTMLElement>('[data-demo-command]')?.textContent ?? '';
  const button = el.querySelector<HTMLButtonElement>('[data-demo-run]');
  const output = el.querySelector<HTMLElement>('[data-demo-output]');
  let engine: Promise<typeof import('../../engine/session.ts')> | null = null;
  const load = (): Promise<typeof import('../../engine/session.ts')> => {
    engine ??= import('../../engine/session.ts');
    return engine;
  };
  button?.addEventListener('pointerenter', () => void load(), { once: true });
  button?.addEventListener('focus', () => void load(), { once: true });
  let ran = false;

  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!button || !output) return;
    if (ran) {
      // Second press: back to the starting registry, so the move can be watched again.
      place(el, config.scenario, config.model);
      output.replaceChildren(line('Press Run: the board below follows the registry.', 'demo-hint'));
      ran = false;
      button.textContent = 'Run';
      return;
    }
    button.disabled = true;
    output.replaceChildren(line('Loading the simulator…', 'demo-hint'));
    load()
      .then(({ Session }) => {
        const session = new Session({ scenario: config.scenario, python: null });
        const result = session.run(command);
        output.replaceChildren(
          ...result.lines.map((l) =>
            line(l.text, l.stream === 'stderr' ? (l.text.startsWith('note:') ? 'note' : 'err') : undefined),
          ),
        );
        place(el, session.registry, config.model);
        ran = true;
        button.textContent = 'Reset';
      })
      .catch(() =>
        output.replaceChildren(line('The simulator could not be loaded. Reload the page to try again.', 'err')),
      )
      .finally(() => {
        button.disabled = false;
      });
  });
}

function line(text: string, className?: string): HTMLElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.textContent = text;
  return p;
}

/** Put every version card in the column of its stage now, animating the ones that moved. */
function place(el: HTMLElement, registry: RegistryState, model: string): void {
  const before = measureCards(el);
  const versions = registry.models[model]?.versions ?? [];
  for (const v of versions) {
    const card = el.querySelector<HTMLElement>(`[data-card="${model}:${v.version}"]`);
    const column = el.querySelector<HTMLElement>(`[data-stage="${v.currentStage as Stage}"] ul`);
    if (!card || !column) continue;
    const moved = card.parentElement !== column;
    card.classList.toggle('moved', moved);
    if (moved) column.prepend(card);
  }
  animateMoves(el, before);
}
