/**
 * Names in the picture of who has met whom, placed so that no two ever
 * overlap: the most-met first, each tries four places round its dot (right,
 * left, below, above) and takes the first whose box meets no name already
 * placed, no dot and no edge of the drawing. A name with no free place is
 * left out of the drawing; its dot keeps it as a tooltip, and the list
 * under the picture names everyone. The boxes are measured generously
 * (wider than the system fonts draw), so what is drawn never overlaps.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A placed name: where its text starts (SVG x, baseline y, text-anchor) and the box it may take. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}

/** The font size of names (px), the stylesheet's `.graph-figure .node text`. */
export const LABEL_FONT = 11;
const ASCENT = 11;
const DESCENT = 4;

/** A name's width at LABEL_FONT, rounded up: wide scripts a full em, capitals and m/w more than other letters. */
export function labelWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x2e80) em += 1;
    else if (ch === ' ') em += 0.32;
    else if (/[mwMW@]/.test(ch)) em += 0.95;
    else if (/[\p{Lu}\p{N}]/u.test(ch)) em += 0.75;
    else if (/[iljtf.,'’:;!|]/.test(ch)) em += 0.36;
    else em += 0.62;
  }
  return Math.ceil(em * LABEL_FONT) + 2;
}

export function overlaps(p: Box, q: Box): boolean {
  return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

const tenth = (v: number) => Math.round(v * 10) / 10;

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;
}

/** The four places round a dot, in the order tried. */
function candidates(n: { x: number; y: number; r: number }, w: number): PlacedLabel[] {
  const mid = n.y + 4;
  const below = n.y + n.r + ASCENT + 1;
  const above = n.y - n.r - DESCENT - 1;
  // Text starts a pixel inside its box, so the box holds it even where a font draws a little out.
  const at = (x: number, y: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
    const [tx, ty] = [tenth(x), tenth(y)];
    const left = anchor === 'start' ? tx - 1 : anchor === 'end' ? tx + 1 - w : tx - w / 2;
    return { x: tx, y: ty, anchor, box: { x: left, y: ty - ASCENT, w, h: ASCENT + DESCENT } };
  };
  return [at(n.x + n.r + 3, mid, 'start'), at(n.x - n.r - 3, mid, 'end'), at(n.x, below, 'middle'), at(n.x, above, 'middle')];
}

/**
 * Places the names of `nodes`, tried in the order given (put the most
 * important first); undefined for a name that has no free place.
 */
export function placeLabels(
  nodes: ReadonlyArray<{ x: number; y: number; r: number; label: string }>,
  size: { width: number; height: number },
): Array<PlacedLabel | undefined> {
  const dots: Box[] = nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const taken: Box[] = [];
  return nodes.map((n, i) => {
    const w = labelWidth(n.label);
    const free = candidates(n, w).find(
      (c) => inside(c.box, size.width, size.height) && !taken.some((t) => overlaps(t, c.box)) && !dots.some((d, j) => j !== i && overlaps(d, c.box)),
    );
    if (free) taken.push(free.box);
    return free;
  });
}
