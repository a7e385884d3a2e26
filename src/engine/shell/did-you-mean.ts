// "Did you mean" suggestions, as click makes them: click's parser calls Python's
// `difflib.get_close_matches(opt, long_opts)` (n=3, cutoff=0.6) for an unknown long option
// (click/parser.py `_match_long_opt`). This is a port of the parts of CPython's Lib/difflib.py
// that call needs: SequenceMatcher's ratio (without junk: autojunk only starts at 200 items,
// longer than any option name) and get_close_matches' ordering (heapq.nlargest over
// (score, word) tuples, so ties go to the larger string).

/** For each character of `b`, the ascending positions where it occurs (difflib's b2j). */
function positionsIn(b: string): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const ch = b[j] as string;
    const list = b2j.get(ch);
    if (list) list.push(j);
    else b2j.set(ch, [j]);
  }
  return b2j;
}

/** difflib.SequenceMatcher.find_longest_match: earliest longest common block in the ranges. */
function longestMatch(
  a: string,
  b2j: Map<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i] as string) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = next;
  }
  return [besti, bestj, bestsize];
}

/** Total size of difflib's matching blocks between `a` and `b`. */
function matchingCharacters(a: string, b: string): number {
  const b2j = positionsIn(b);
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  let total = 0;
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number];
    const [i, j, k] = longestMatch(a, b2j, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

/** SequenceMatcher(None, a, b).ratio(): 2*M/T, 1.0 for two empty strings. */
export function similarity(a: string, b: string): number {
  const length = a.length + b.length;
  return length === 0 ? 1 : (2 * matchingCharacters(a, b)) / length;
}

/** SequenceMatcher.quick_ratio: an upper bound from shared character counts. */
function quickRatio(a: string, b: string): number {
  const avail = new Map<string, number>();
  for (const ch of b) avail.set(ch, (avail.get(ch) ?? 0) + 1);
  let matches = 0;
  for (const ch of a) {
    const n = avail.get(ch) ?? 0;
    if (n > 0) matches++;
    avail.set(ch, n - 1);
  }
  const length = a.length + b.length;
  return length === 0 ? 1 : (2 * matches) / length;
}

/**
 * difflib.get_close_matches(word, possibilities, n, cutoff): the best `n` possibilities scoring
 * at least `cutoff`, best first; equal scores put the larger string first, like Python.
 */
export function closeMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.6): string[] {
  const scored: { score: number; text: string }[] = [];
  for (const x of possibilities) {
    const total = x.length + word.length;
    const realQuick = total === 0 ? 1 : (2 * Math.min(x.length, word.length)) / total;
    if (realQuick < cutoff || quickRatio(x, word) < cutoff) continue;
    const score = similarity(x, word);
    if (score >= cutoff) scored.push({ score, text: x });
  }
  scored.sort((p, q) => q.score - p.score || (p.text < q.text ? 1 : p.text > q.text ? -1 : 0));
  return scored.slice(0, n).map((s) => s.text);
}
