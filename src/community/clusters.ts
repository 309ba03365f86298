/**
 * Groups in the picture of who has met whom: Louvain's method (Blondel et
 * al., 2008) on the pairs who met, weighted by how often they met. It runs
 * in a fixed order (nodes by index, neighbours as given; a tie keeps a node where it is), so the same
 * pairs always give the same groups: no randomness, no clock.
 */

/** An undirected weighted graph over nodes 0..n-1; a pair appears once. */
export interface WeightedEdges {
  n: number;
  edges: ReadonlyArray<{ a: number; b: number; w: number }>;
}

type Adjacency = Array<Map<number, number>>;

function adjacencyOf({ n, edges }: WeightedEdges): Adjacency {
  const adj: Adjacency = Array.from({ length: n }, () => new Map<number, number>());
  for (const { a, b, w } of edges) {
    (adj[a] as Map<number, number>).set(b, ((adj[a] as Map<number, number>).get(b) ?? 0) + w);
    if (a !== b) (adj[b] as Map<number, number>).set(a, ((adj[b] as Map<number, number>).get(a) ?? 0) + w);
  }
  return adj;
}

/** One level of local moves: each node joins the neighbouring group that gains most modularity, until none moves. */
function localMoves(adj: Adjacency): number[] {
  const n = adj.length;
  const degree = adj.map((m, i) => {
    let k = 0;
    for (const [j, w] of m) k += j === i ? 2 * w : w;
    return k;
  });
  const m2 = degree.reduce((s, k) => s + k, 0);
  const group = Array.from({ length: n }, (_, i) => i);
  const total = degree.slice();
  if (m2 === 0) return group;
  for (let pass = 0, moved = true; moved && pass < 50; pass++) {
    moved = false;
    for (let i = 0; i < n; i++) {
      const own = group[i] as number;
      const k = degree[i] as number;
      const toGroup = new Map<number, number>();
      for (const [j, w] of adj[i] as Map<number, number>) if (j !== i) toGroup.set(group[j] as number, (toGroup.get(group[j] as number) ?? 0) + w);
      total[own] = (total[own] as number) - k;
      let best = own;
      let bestGain = (toGroup.get(own) ?? 0) - ((total[own] as number) * k) / m2;
      for (const [g, w] of toGroup) {
        const gain = w - ((total[g] as number) * k) / m2;
        if (gain > bestGain + 1e-12) {
          best = g;
          bestGain = gain;
        }
      }
      total[best] = (total[best] as number) + k;
      if (best !== own) {
        group[i] = best;
        moved = true;
      }
    }
  }
  return group;
}

/** Renumbers groups 0..g-1 in order of their first node. */
function compact(group: number[]): number[] {
  const ids = new Map<number, number>();
  return group.map((g) => {
    if (!ids.has(g)) ids.set(g, ids.size);
    return ids.get(g) as number;
  });
}

/** Each node's group (0-based, numbered in order of the groups' first nodes). */
export function louvain(graph: WeightedEdges): number[] {
  let membership = Array.from({ length: graph.n }, (_, i) => i);
  let adj = adjacencyOf(graph);
  for (let level = 0; level < 20; level++) {
    const group = compact(localMoves(adj));
    const count = Math.max(-1, ...group) + 1;
    if (count === adj.length) break;
    membership = membership.map((g) => group[g] as number);
    const edges: Array<{ a: number; b: number; w: number }> = [];
    adj.forEach((m, i) => {
      for (const [j, w] of m) if (j >= i) edges.push({ a: group[i] as number, b: group[j] as number, w });
    });
    adj = adjacencyOf({ n: count, edges });
  }
  return compact(membership);
}
