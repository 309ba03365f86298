/**
 * The picture of who has met whom, laid out at build time with d3-force so
 * the page needs no JavaScript. The layout is deterministic: d3-force starts
 * nodes on a phyllotaxis spiral and jiggles with its own seeded generator.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export interface GraphInput {
  nodes: Array<{ id: string; label: string }>;
  edges: Array<{ a: string; b: string; inPerson: boolean }>;
}

export interface PlacedNode {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Number of people this person is linked to in the picture. */
  degree: number;
  r: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: Array<{ a: PlacedNode; b: PlacedNode; inPerson: boolean }>;
  /** People left out to keep the picture readable. */
  omitted: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  label: string;
  degree: number;
}

/** Keeps the `limit` most-connected people (ties by id) and the links among them. */
export function mostConnected(input: GraphInput, limit: number): { input: GraphInput; omitted: number } {
  const degree = new Map<string, number>();
  for (const e of input.edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
    degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
  }
  const connected = input.nodes.filter((n) => (degree.get(n.id) ?? 0) > 0);
  const kept = connected
    .slice()
    .sort((p, q) => (degree.get(q.id) ?? 0) - (degree.get(p.id) ?? 0) || (p.id < q.id ? -1 : 1))
    .slice(0, limit);
  const ids = new Set(kept.map((n) => n.id));
  return {
    input: { nodes: kept.sort((p, q) => (p.id < q.id ? -1 : 1)), edges: input.edges.filter((e) => ids.has(e.a) && ids.has(e.b)) },
    omitted: connected.length - kept.length,
  };
}

/** Runs the force layout to rest and scales it into a box. */
export function layoutGraph(input: GraphInput, options: { limit?: number; size?: number } = {}): GraphLayout {
  const { input: shown, omitted } = mostConnected(input, options.limit ?? 150);
  const degree = new Map<string, number>();
  for (const e of shown.edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
    degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
  }
  const nodes: SimNode[] = shown.nodes.map((n) => ({ id: n.id, label: n.label, degree: degree.get(n.id) ?? 0 }));
  const links: Array<SimulationLinkDatum<SimNode> & { inPerson: boolean }> = shown.edges.map((e) => ({ source: e.a, target: e.b, inPerson: e.inPerson }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(90),
    )
    .force('charge', forceManyBody().strength(-320))
    .force('collide', forceCollide(30))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);

  const size = options.size ?? 800;
  const margin = 70;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 0);
  const scale = Math.min((size - 2 * margin) / Math.max(maxX - minX, 1), (size - 2 * margin) / Math.max(maxY - minY, 1), 3);
  const round = (v: number) => Math.round(v * 10) / 10;
  const placed = new Map<string, PlacedNode>();
  for (const n of nodes) {
    placed.set(n.id, {
      id: n.id,
      label: n.label,
      degree: n.degree,
      x: round(margin + ((n.x ?? 0) - minX) * scale),
      y: round(margin + ((n.y ?? 0) - minY) * scale),
      r: round(5 + Math.min(10, Math.sqrt(n.degree) * 2)),
    });
  }
  const width = Math.ceil(Math.max(...[...placed.values()].map((n) => n.x), 0) + margin);
  const height = Math.ceil(Math.max(...[...placed.values()].map((n) => n.y), 0) + margin);
  return {
    width: Math.max(width, 200),
    height: Math.max(height, 200),
    nodes: [...placed.values()],
    edges: shown.edges.map((e) => ({ a: placed.get(e.a) as PlacedNode, b: placed.get(e.b) as PlacedNode, inPerson: e.inPerson })),
    omitted,
  };
}
