import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input` by edit distance, when it is close enough to
 * be a plausible typo (a third of the longer word, at least 2 from four letters
 * on, at most 4 edits).
 * Comparison ignores letter case; ties go to the alphabetically first candidate
 * so the suggestion is the same on every run.
 */
export function suggestClosest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (Math.abs(hay.length - needle.length) > 4) continue;
    const d = distance(needle, hay);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const longest = Math.max(needle.length, best.length);
  // Two edits are allowed from four letters on, so a swapped pair ("nmae") is still caught.
  const limit = longest <= 3 ? 1 : Math.min(4, Math.max(2, Math.floor(longest / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** `— did you mean "x"?` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>, quote = '"'): string {
  const s = suggestClosest(input, candidates);
  return s === undefined ? '' : ` — did you mean ${quote}${s}${quote}?`;
}
