// The course map's live parts: each lesson's progress from the stored progress documents, and
// the drawer (below 80rem) opened by any [data-course-open] button, closed by Esc, the close
// button or a click beside it, with focus taken in and given back.
import { $progress, lessonOf, startProgress } from '../../stores/progress.ts';
import { $labProgress, labOf, startLabProgress } from '../../stores/lab-progress.ts';
import { summarizeLesson } from './course-progress.ts';

const nav = document.querySelector<HTMLElement>('[data-course-nav]');

function showProgress(): void {
  if (!nav) return;
  const progress = $progress.get();
  const labs = $labProgress.get();
  for (const item of nav.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
    const id = item.dataset.lessonId ?? '';
    const labIds = JSON.parse(item.dataset.labs ?? '[]') as string[];
    const records = labIds.map((lab) => labOf(labs, lab));
    const s = summarizeLesson(lessonOf(progress, id), records, Number(item.dataset.practiceCount ?? 0));
    item.dataset.state = s.state;
    const facts = item.querySelector<HTMLElement>('[data-facts]');
    if (facts) facts.textContent = s.facts;
    const label = item.querySelector<HTMLElement>('[data-state-label]');
    if (label) label.textContent = s.label;
    const icon = item.querySelector<HTMLElement>('[data-state-icon]');
    if (icon && s.state === 'done') icon.textContent = '✓';
    for (const link of item.querySelectorAll<HTMLElement>('[data-lab-link]')) {
      const solved = labOf(labs, link.dataset.labLink ?? '').solved;
      link.toggleAttribute('data-solved', solved);
      if (solved) link.setAttribute('aria-description', 'completed');
      else link.removeAttribute('aria-description');
    }
  }
}

if (nav) {
  startProgress();
  startLabProgress();
  showProgress();
  $progress.listen(showProgress);
  $labProgress.listen(showProgress);

  const scrim = document.querySelector<HTMLElement>('[data-course-scrim]');
  let opener: HTMLElement | null = null;
  const close = (): void => {
    if (!nav.hasAttribute('data-open')) return;
    nav.removeAttribute('data-open');
    if (scrim) scrim.hidden = true;
    for (const b of document.querySelectorAll('[data-course-open]')) b.setAttribute('aria-expanded', 'false');
    opener?.focus();
  };
  const open = (button: HTMLElement): void => {
    opener = button;
    nav.setAttribute('data-open', '');
    if (scrim) scrim.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    (nav.querySelector<HTMLElement>('[aria-current="page"]') ?? nav.querySelector<HTMLElement>('a'))?.focus();
  };
  for (const b of document.querySelectorAll<HTMLElement>('[data-course-open]')) {
    b.addEventListener('click', () => (nav.hasAttribute('data-open') ? close() : open(b)));
  }
  nav.querySelector('[data-course-close]')?.addEventListener('click', close);
  scrim?.addEventListener('click', close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && nav.hasAttribute('data-open')) close();
  });
  // Widening the window past the drawer breakpoint leaves an open drawer's scrim behind.
  window.matchMedia('(min-width: 80rem)').addEventListener('change', (m) => {
    if (m.matches) close();
  });
}
