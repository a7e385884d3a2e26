// A lesson's progress in one line of words (the home page's lesson cards).
import type { LessonProgress } from '../../stores/progress.ts';

export function describeProgress(p: LessonProgress): string {
  if (!p.visited && p.testAttempts === 0 && Object.keys(p.practice).length === 0) return 'Not started';
  const parts: string[] = [p.visited ? 'Visited' : 'Not read yet'];
  if (p.examplesMatched.length > 0)
    parts.push(`${p.examplesMatched.length} example${p.examplesMatched.length === 1 ? '' : 's'} matched`);
  // Practice has its own line on the card ("Practice: 3 of 6 answered right", practice-progress-text.ts).
  if (p.testAttempts > 0)
    parts.push(
      `best test score ${p.bestScore ?? 0}/${p.testTotal ?? 10} (${p.testAttempts} attempt${p.testAttempts === 1 ? '' : 's'})`,
    );
  return parts.join(' · ');
}
