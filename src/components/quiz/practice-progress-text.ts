// A practice set's progress in words, for the practice page and the lesson card.
import type { LessonProgress } from '../../stores/progress.ts';

/** "Practice: 3 of 6 answered right (4 tried)"; `ids` are the set's question ids. */
export function practiceProgressText(p: LessonProgress, ids: readonly string[]): string {
  const tried = ids.filter((id) => p.practice[id] !== undefined).length;
  const right = ids.filter((id) => p.practice[id]?.correct).length;
  if (tried === 0) return `Practice: none of ${ids.length} answered yet`;
  if (right === ids.length) return `Practice: all ${ids.length} answered right`;
  return `Practice: ${right} of ${ids.length} answered right${tried > right ? ` (${tried} tried)` : ''}`;
}
