/**
 * The picture of who has met whom, laid out at build time so the page needs
 * no JavaScript, and readable at a few hundred members:
 *
 * - the people who met at the same meetups most often form groups
 *   (clusters.ts), and each group is its own small drawing;
 * - a dot's size says how many people that member has met;
 * - inside a group, lines join each member to the few they met most often
 *   (then those they share most acquaintances with), not to everyone: a
 *   group where everyone met everyone would be a solid blot (a small group
 *   draws every pair);
 * - names never overlap (labels.ts); a name without room is left to the
 *   dot's tooltip and the list under the picture.
 *
 * Deterministic: d3-force starts nodes on a phyllotaxis spiral and jiggles
 * with its own seeded generator; nodes go in by handle; no clock.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { louvain } from './clusters.ts';
import { labelWidth, placeLabels, type PlacedLabel } from './labels.ts';

export interface GraphInput {
  nodes: Array<{ id: string; label: string }>;
  /** Pairs who met; `count` is how many times (1 when not given). */
  edges: Array<{ a: string; b: string; inPerson: boolean; count?: number }>;
}

export interface PlacedNode {
  id: string;
  label: string;
  x: number;
  y: number;
  r: number;
  /** How many of the listed people this person has met (all of them, not only those drawn). */
  met: number;
  /** Where the name is drawn; undefined when there was no room for it. */
  name?: PlacedLabel | undefined;
}

export interface GraphEdge {
  a: PlacedNode;
  b: PlacedNode;
  inPerson: boolean;
  /** How many times the two met. */
  count: number;
  /** The line's stroke width: thicker the more often they met. */
  width: number;
}

/** One group's drawing: its members most-met first, and its closest ties. */
export interface GraphGroup {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: GraphEdge[];
  /** Pairs inside the group who met (more than the lines drawn). */
  pairs: number;
}

export interface GraphLayout {
  groups: GraphGroup[];
  /** People in the picture. */
  people: number;
  /** Pairs among the people in the picture. */
  pairs: number;
  /** People left out to keep the picture readable. */
  omitted: number;
}

type Edge = GraphInput['edges'][number];

/** Lines each member keeps to the others of their group. */
export const TIES_PER_MEMBER = 2;
/** A group with at most this many pairs per member draws every pair. */
const SMALL_GROUP_TIES = 3;

/** Keeps the `limit` most-connected people (ties by id) and the links among them; every connected person's count of people met. */
export function mostConnected(input: GraphInput, limit: number): { input: GraphInput; omitted: number; met: Map<string, number> } {
  const met = new Map<string, number>();
  for (const e of input.edges) {
    met.set(e.a, (met.get(e.a) ?? 0) + 1);
    met.set(e.b, (met.get(e.b) ?? 0) + 1);
  }
  const connected = input.nodes.filter((n) => (met.get(n.id) ?? 0) > 0);
  const kept = connected
    .slice()
    .sort((p, q) => (met.get(q.id) ?? 0) - (met.get(p.id) ?? 0) || (p.id < q.id ? -1 : 1))
    .slice(0, limit);
  const ids = new Set(kept.map((n) => n.id));
  return {
    input: { nodes: kept.sort((p, q) => (p.id < q.id ? -1 : 1)), edges: input.edges.filter((e) => ids.has(e.a) && ids.has(e.b)) },
    omitted: connected.length - kept.length,
    met,
  };
}

/** Each member's closest ties inside their group: most meetings, then most acquaintances in common, then by handle; in a small group, every pair. */
function closestTies(inGroup: Edge[], neighbours: Map<string, Set<string>>, size: number): Edge[] {
  if (inGroup.length <= SMALL_GROUP_TIES * size) return inGroup;
  const common = (e: Edge) => {
    const [p, q] = [neighbours.get(e.a) as Set<string>, neighbours.get(e.b) as Set<string>];
    const [small, big] = p.size < q.size ? [p, q] : [q, p];
    let n = 0;
    for (const x of small) if (big.has(x)) n++;
    return n;
  };
  const scored = inGroup.map((e) => ({ e, count: e.count ?? 1, common: common(e) }));
  const byPerson = new Map<string, typeof scored>();
  for (const s of scored) {
    for (const id of [s.e.a, s.e.b]) {
      const list = byPerson.get(id);
      if (list) list.push(s);
      else byPerson.set(id, [s]);
    }
  }
  const kept = new Set<Edge>();
  for (const list of byPerson.values()) {
    list.sort((s, t) => t.count - s.count || t.common - s.common || (s.e.a + s.e.b < t.e.a + t.e.b ? -1 : 1));
    for (const s of list.slice(0, TIES_PER_MEMBER)) kept.add(s.e);
  }
  return inGroup.filter((e) => kept.has(e));
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  /** The radius kept free round the dot. */
  room: number;
}

/** Members of each group, the most-met, who keep room for their name. */
const ROOMY = 4;
const round = (v: number) => Math.round(v * 10) / 10;
const MARGIN = 24;

/** One group's force layout, moved into its own box, with its names placed. */
function drawGroup(ids: string[], ties: Edge[], pairs: number, labels: Map<string, string>, met: Map<string, number>, maxMet: number): GraphGroup {
  const nodes: SimNode[] = ids.map((id) => ({ id, r: round(3 + 7 * Math.sqrt((met.get(id) ?? 0) / maxMet)), room: 0 }));
  // The most-met members of the group keep room round their dot for their name.
  const first = nodes.slice().sort((p, q) => (met.get(q.id) ?? 0) - (met.get(p.id) ?? 0) || (p.id < q.id ? -1 : 1));
  for (const [i, n] of first.entries()) n.room = i < ROOMY ? Math.hypot(labelWidth(labels.get(n.id) ?? n.id) / 2, n.r + 16) : n.r + 9;
  const links: Array<SimulationLinkDatum<SimNode>> = ties.map((e) => ({ source: e.a, target: e.b }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(34)
        .strength(0.3),
    )
    .force('charge', forceManyBody<SimNode>().strength(-70))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.room),
    )
    .force('x', forceX(0).strength(0.08))
    .force('y', forceY(0).strength(0.08))
    // Cooling twice as fast as d3's default (150 steps, not 300) settles a group as well, at half the cost.
    .alphaDecay(0.045)
    .stop();
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
  const minX = Math.min(...nodes.map((n) => (n.x ?? 0) - n.r));
  const minY = Math.min(...nodes.map((n) => (n.y ?? 0) - n.r));
  const placed = new Map<string, PlacedNode>();
  for (const n of nodes) {
    placed.set(n.id, {
      id: n.id,
      label: labels.get(n.id) ?? n.id,
      met: met.get(n.id) ?? 0,
      r: n.r,
      x: round(MARGIN * 2 + (n.x ?? 0) - minX),
      y: round(MARGIN + (n.y ?? 0) - minY),
    });
  }
  const all = [...placed.values()].sort((p, q) => q.met - p.met || (p.id < q.id ? -1 : 1));
  const width = Math.max(200, Math.ceil(Math.max(...all.map((n) => n.x + n.r)) + MARGIN * 2));
  const height = Math.max(120, Math.ceil(Math.max(...all.map((n) => n.y + n.r)) + MARGIN));
  placeLabels(all, { width, height }).forEach((name, i) => {
    (all[i] as PlacedNode).name = name;
  });
  return {
    width,
    height,
    nodes: all,
    edges: ties.map((e) => ({
      a: placed.get(e.a) as PlacedNode,
      b: placed.get(e.b) as PlacedNode,
      inPerson: e.inPerson,
      count: e.count ?? 1,
      width: Math.min(3, 0.75 + (e.count ?? 1) / 2),
    })),
    pairs,
  };
}

/** Groups the most-connected people, biggest group first, and draws each group. */
export function layoutGraph(input: GraphInput, options: { limit?: number } = {}): GraphLayout {
  const { input: kept, omitted, met } = mostConnected(input, options.limit ?? 500);
  // The same pairs in any order give the same picture.
  const edges = kept.edges
    .map((e) => (e.a < e.b ? e : { ...e, a: e.b, b: e.a }))
    .sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  const shown = { nodes: kept.nodes, edges };
  const index = new Map(shown.nodes.map((n, i) => [n.id, i]));
  const group = louvain({
    n: shown.nodes.length,
    edges: shown.edges.map((e) => ({ a: index.get(e.a) as number, b: index.get(e.b) as number, w: e.count ?? 1 })),
  });
  const members: string[][] = Array.from({ length: Math.max(-1, ...group) + 1 }, () => []);
  for (const [i, n] of shown.nodes.entries()) members[group[i] as number]?.push(n.id);
  const neighbours = new Map(shown.nodes.map((n) => [n.id, new Set<string>()]));
  const inGroup: Edge[][] = members.map(() => []);
  for (const e of shown.edges) {
    neighbours.get(e.a)?.add(e.b);
    neighbours.get(e.b)?.add(e.a);
    const g = group[index.get(e.a) as number] as number;
    if (g === group[index.get(e.b) as number]) inGroup[g]?.push(e);
  }
  const labels = new Map(shown.nodes.map((n) => [n.id, n.label]));
  const maxMet = Math.max(1, ...met.values());
  const groups = members
    .map((ids, g) => drawGroup(ids, closestTies(inGroup[g] ?? [], neighbours, ids.length), inGroup[g]?.length ?? 0, labels, met, maxMet))
    .sort((p, q) => q.nodes.length - p.nodes.length || ((p.nodes[0] as PlacedNode).id < (q.nodes[0] as PlacedNode).id ? -1 : 1));
  return { groups, people: shown.nodes.length, pairs: shown.edges.length, omitted };
}
