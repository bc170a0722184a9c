/** Edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates nearest to `wanted`: those containing it, or within a third of its length
 * in edits, best first: `closest("singelton", ["singleton", "proxy"]) // ["singleton"]`.
 */
export function closest(wanted: string, candidates: readonly string[], most = 2): string[] {
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return candidates
    .map((candidate) => ({
      candidate,
      contains: candidate.includes(wanted),
      score: distance(wanted, candidate),
    }))
    .filter(({ contains, score }) => contains || score <= limit)
    .toSorted((x, y) => Number(y.contains) - Number(x.contains) || x.score - y.score)
    .slice(0, most)
    .map(({ candidate }) => candidate);
}
