// Grading rules shared by practice and test: an answer is right when the chosen options are
// exactly the correct ones (one radio, or every checkbox that should be ticked and no other).
export function isRight(chosen: readonly string[], correct: readonly string[]): boolean {
  if (chosen.length !== correct.length) return false;
  const want = new Set(correct);
  return chosen.every((c) => want.has(c));
}

/** Fisher-Yates with an injectable random source (tests pass a seeded one). */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** "7/10" and a sentence that does not depend on colour or icons. */
export function scoreText(score: number, total: number): string {
  return `${score}/${total}`;
}
