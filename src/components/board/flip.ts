// FLIP for the board's version cards: measure each card (First), let React place it (Last),
// then play the difference back (Invert, Play) with the Web Animations API, so a version slides
// from Staging to Production instead of jumping. Nothing moves under prefers-reduced-motion, and
// a board of hundreds of cards is measured only for the few it shows.

const DURATION_MS = 200;
const EASING = 'cubic-bezier(0.2, 0.7, 0.2, 1)';

export interface Spot {
  readonly left: number;
  readonly top: number;
}

/** Card positions relative to the board itself, so scrolling the page between renders is no move. */
export function measureCards(root: HTMLElement): Map<string, Spot> {
  const origin = root.getBoundingClientRect();
  const spots = new Map<string, Spot>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-card]')) {
    const r = el.getBoundingClientRect();
    spots.set(el.dataset.card ?? '', { left: r.left - origin.left, top: r.top - origin.top });
  }
  return spots;
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function animateMoves(root: HTMLElement, before: ReadonlyMap<string, Spot>): void {
  if (before.size === 0 || reducedMotion()) return;
  const now = measureCards(root);
  for (const el of root.querySelectorAll<HTMLElement>('[data-card]')) {
    const key = el.dataset.card ?? '';
    const old = before.get(key);
    const spot = now.get(key);
    if (!old || !spot) continue;
    const dx = old.left - spot.left;
    const dy = old.top - spot.top;
    // Only a real move (another column or row), not a reflow of a pixel or two.
    if (Math.abs(dx) < 8 && Math.abs(dy) < 8) continue;
    el.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], {
      duration: DURATION_MS,
      easing: EASING,
    });
  }
}
