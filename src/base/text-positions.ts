/** Offsets in a text as the 1-based lines and columns an editor reads. */

/** Where each line of a text starts, to turn offsets into positions by binary search (a scan per problem would be quadratic). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based position of an offset, given the text's line starts. */
export function positionAt(starts: readonly number[], index: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= index) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: index - (starts[low] as number) + 1 };
}
