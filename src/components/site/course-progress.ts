// A lesson's progress as the course map shows it: a state (for the icon) and short facts in
// words (read, practised, best test score, labs solved). Pure, tested in test/site.
import type { LessonProgress } from '../../stores/progress.ts';
import type { LabRecord } from '../../stores/lab-progress.ts';

export type LessonState = 'new' | 'started' | 'done';

export interface LessonSummary {
  readonly state: LessonState;
  /** "Read · 3/6 practised · test 8/10 · 1/2 labs"; empty for a lesson not started. */
  readonly facts: string;
  /** The same in a sentence for screen readers: "In progress: read, ...". */
  readonly label: string;
}

const STATE_WORD: Readonly<Record<LessonState, string>> = {
  new: 'Not started',
  started: 'In progress',
  done: 'Done',
};

export function summarizeLesson(
  lesson: LessonProgress,
  labs: readonly (LabRecord | undefined)[],
  practiceCount: number,
): LessonSummary {
  const practised = Object.keys(lesson.practice).length;
  const solved = labs.filter((l) => l?.solved).length;
  const facts: string[] = [];
  if (lesson.visited) facts.push('read');
  if (practised > 0) facts.push(`${Math.min(practised, practiceCount)}/${practiceCount} practised`);
  if (lesson.bestScore !== null) facts.push(`test ${lesson.bestScore}/${lesson.testTotal ?? 10}`);
  if (labs.length > 0 && solved > 0) facts.push(`${solved}/${labs.length} labs`);
  // Done: read, and the test passed at least once (a best score of 80 % or more).
  const total = lesson.testTotal ?? 10;
  const passed = lesson.bestScore !== null && lesson.bestScore >= Math.ceil(total * 0.8);
  const state: LessonState = facts.length === 0 ? 'new' : lesson.visited && passed ? 'done' : 'started';
  const text = facts.join(' · ');
  const sentence = text ? `${STATE_WORD[state]}: ${facts.join(', ')}` : STATE_WORD[state];
  return { state, facts: text ? text.charAt(0).toUpperCase() + text.slice(1) : '', label: sentence };
}
