// What a test result says under the score: words that fit it (10/10 is not told to practise
// what it missed).
export function resultWords(score: number, total: number): string {
  const missed = total - score;
  if (missed === 0) return 'Every answer right. Each question below still shows its review, if you want to look again.';
  if (score === 0)
    return `None right this time. The list below jumps to each question; its review shows your answer, the right one and why. Re-read the lesson and practise before you retake.`;
  const list = `The list below jumps to the ${missed === 1 ? 'one question' : `${missed} questions`} you missed; each review shows your answer, the right one and why.`;
  if (score / total >= 0.8) return `Nearly all right. ${list}`;
  if (score / total >= 0.5) return `More than half right. ${list} Missed questions come back in your review.`;
  return `Fewer than half right. ${list} Practise the lesson before you retake.`;
}
