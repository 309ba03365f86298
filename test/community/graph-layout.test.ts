/**
 * The picture of who has met whom at a few hundred members: groups, names
 * that never overlap, the same bytes for the same pairs, and everyone in the
 * picture reachable from the list beside it.
 */
import { describe, expect, it } from 'vitest';
import { louvain } from '../../src/community/clusters.ts';
import { type GraphInput, type GraphLayout, layoutGraph } from '../../src/community/graph-layout.ts';
import { type Box, labelWidth, overlaps, placeLabels } from '../../src/community/labels.ts';
import { buildMeetings } from '../../src/community/meetings.ts';
import { directory } from '../../src/community/listings.ts';
import { graphView } from '../../src/view-models/graph.ts';
import { generateCommunity } from '../bench/generate.ts';
import { siteViewOf } from '../helpers/site-view.ts';

const NOW = Date.UTC(2026, 0, 1);
const FIRST = ['Ada', 'Bartholomew', 'Cleo', 'Dov', 'Esmeralda', 'Femi', 'Gwendolyn', 'Hugo', 'Iñigo', 'Józef', 'Kübra', 'Łucja', 'Maximilian', 'Wu'];
const LAST = ['Ashdown', 'Brill', 'Montgomery-Whitfield', 'Østergaard', 'Núñez', "O'Keeffe", 'Wu', 'Marlowe', '山田'];

/** A generated community of 420 people (399 of whom met someone) (a few meet at almost every event), with names as long and as varied as real ones. */
const content = (() => {
  const c = generateCommunity({ people: 420, events: 140, metEntries: 200 }, 29);
  return { ...c, people: c.people.map((p, i) => ({ ...p, name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}` })) };
})();
const meetings = buildMeetings(content, NOW);
const input: GraphInput = { nodes: directory(content).map((p) => ({ id: p.handle, label: p.name })), edges: meetings.listedPairs() };
const layout = layoutGraph(input);

/** Every drawn name's box, by group, as the layout says it drew it. */
const drawnBoxes = (l: GraphLayout): Box[][] => l.groups.map((g) => g.nodes.flatMap((n) => (n.name ? [n.name.box] : [])));

describe('the picture of who has met whom', () => {
  it('draws a few hundred members in groups, none a blot of every pair', () => {
    expect(layout.people).toBeGreaterThan(380);
    expect(layout.groups.length).toBeGreaterThan(1);
    expect(layout.groups.reduce((n, g) => n + g.nodes.length, 0)).toBe(layout.people);
    for (const g of layout.groups) expect(g.edges.length).toBeLessThanOrEqual(2 * g.nodes.length);
    expect(layout.groups.reduce((n, g) => n + g.edges.length, 0)).toBeLessThan(layout.pairs / 4);
  });

  it('never draws two names over each other, over another dot, or out of the drawing', () => {
    let drawn = 0;
    for (const g of layout.groups) {
      const named = g.nodes.filter((n) => n.name);
      drawn += named.length;
      for (const [i, n] of named.entries()) {
        const box = n.name?.box as Box;
        expect(box.w).toBeGreaterThanOrEqual(labelWidth(n.label));
        expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= g.width && box.y + box.h <= g.height, n.id).toBe(true);
        for (const m of named.slice(i + 1)) expect(overlaps(box, m.name?.box as Box), `${n.id} and ${m.id}`).toBe(false);
        for (const m of g.nodes) if (m !== n) expect(overlaps(box, { x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r }), `${n.id} over ${m.id}`).toBe(false);
      }
    }
    // Most names fit, and the most-met member of each group is always named.
    expect(drawn).toBeGreaterThan(layout.people / 3);
    for (const g of layout.groups) expect(g.nodes[0]?.name, g.nodes[0]?.id).toBeDefined();
  });

  it('would refuse a picture that names every dot where the old one did, under it', () => {
    // The old layout wrote each name centred under its dot; at this size that overlaps.
    const boxes = layout.groups.map((g) => g.nodes.map((n) => ({ x: n.x - labelWidth(n.label) / 2, y: n.y + n.r + 1, w: labelWidth(n.label), h: 15 })));
    const clash = boxes.some((bs) => bs.some((b, i) => bs.slice(i + 1).some((c) => overlaps(b, c))));
    expect(clash).toBe(true);
    expect(drawnBoxes(layout).some((bs) => bs.some((b, i) => bs.slice(i + 1).some((c) => overlaps(b, c))))).toBe(false);
  });

  it('gives the same bytes for the same pairs, in any order', () => {
    const again = layoutGraph({
      nodes: input.nodes.slice().reverse(),
      edges: input.edges
        .slice()
        .reverse()
        .map((e) => ({ ...e, a: e.b, b: e.a })),
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(layout));
  });

  it('keeps the most connected when asked for fewer, and says how many it left out', () => {
    const small = layoutGraph(input, { limit: 50 });
    expect(small.people).toBe(50);
    expect(small.omitted).toBe(layout.people - 50);
  });

  it('names everyone in the picture in the list beside it, linked, with a tooltip on every dot', () => {
    const view = graphView(siteViewOf(content, NOW));
    const listed = view.groups.flatMap((g) => g.people.map((p) => p.href));
    const drawn = view.groups.flatMap((g) => g.drawing.nodes.map((n) => g.dots.get(n.id)?.href));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.slice().sort()).toEqual(drawn.slice().sort());
    expect(listed.length).toBe(layout.people);
    for (const g of view.groups) for (const n of g.drawing.nodes) expect(g.dots.get(n.id)?.title).toContain(n.label);
    const unnamed = view.groups.flatMap((g) => g.drawing.nodes.filter((n) => !n.name));
    expect(unnamed.length).toBeGreaterThan(0);
  });
});

describe('groups and names', () => {
  it('finds two circles of friends joined by one pair', () => {
    const clique = (from: number) => [0, 1, 2, 3].flatMap((i) => [0, 1, 2, 3].filter((j) => j > i).map((j) => ({ a: from + i, b: from + j, w: 1 })));
    const groups = louvain({ n: 8, edges: [...clique(0), ...clique(4), { a: 3, b: 4, w: 1 }] });
    expect(groups).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('leaves out a name with no free place, and measures wide scripts wider', () => {
    const dots = [0, 1, 2, 3, 4].map((i) => ({ x: 200 + 8 * i, y: 30, r: 3, label: 'Gwendolyn Montgomery' }));
    const placed = placeLabels(dots, { width: 400, height: 60 });
    expect(placed[0]).toBeDefined();
    expect(placed.filter((p) => p === undefined).length).toBeGreaterThan(0);
    expect(labelWidth('山田太郎')).toBeGreaterThan(labelWidth('Ada Ng'));
  });
});
