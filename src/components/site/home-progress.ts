// The home page's live parts: each step of the course path shows the learner's progress, and
// the primary action becomes "Continue" with the page they opened last.
import { $progress, lessonOf, startProgress } from '../../stores/progress.ts';
import { $labProgress, labOf, startLabProgress } from '../../stores/lab-progress.ts';
import { lastPage } from '../../stores/last-page.ts';
import { summarizeLesson } from './course-progress.ts';
import { describeProgress } from './progress-text.ts';

function show(): void {
  const progress = $progress.get();
  const labs = $labProgress.get();
  for (const step of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const labIds = JSON.parse(step.dataset.labs ?? '[]') as string[];
    const s = summarizeLesson(
      lessonOf(progress, step.dataset.progressLesson ?? ''),
      labIds.map((id) => labOf(labs, id)),
      Number(step.dataset.practiceCount ?? 0),
    );
    step.dataset.state = s.state;
    const lesson = lessonOf(progress, step.dataset.progressLesson ?? '');
    const facts = step.querySelector<HTMLElement>('[data-facts]');
    // The card's words, and how much of the practice set is done ("1/8 practised").
    const practised = Object.keys(lesson.practice).length;
    const count = Number(step.dataset.practiceCount ?? 0);
    const words = describeProgress(lesson);
    if (facts)
      facts.textContent = practised > 0 ? `${words} · ${Math.min(practised, count)}/${count} practised` : words;
    const icon = step.querySelector<HTMLElement>('[data-state-icon]');
    if (icon && s.state === 'done') icon.textContent = '✓';
  }
}

startProgress();
startLabProgress();
show();
$progress.listen(show);
$labProgress.listen(show);

const last = lastPage();
if (last) {
  const start = document.querySelector<HTMLAnchorElement>('[data-continue]');
  if (start) {
    start.href = last.href;
    start.textContent = 'Continue where you left off';
  }
  const resume = document.querySelector<HTMLElement>('[data-resume]');
  const link = resume?.querySelector<HTMLAnchorElement>('[data-resume-link]');
  if (resume && link) {
    link.href = last.href;
    link.textContent = last.title;
    resume.hidden = false;
  }
}
