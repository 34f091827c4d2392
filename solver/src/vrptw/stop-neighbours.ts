import type { NeighbourLists } from '../tsp/neighbour-lists';
import type { Problem } from './problem';

/** How many nearest stops each stop remembers; enough for string removal to find routes. */
const listLength = 60;

/**
 * Each stop's nearest other stops by symmetric travel cost, nearest first, flat. String
 * removal walks these to ruin routes that pass close to each other, the ones a better plan
 * would rearrange together.
 */
export function stopNeighbours(p: Problem): NeighbourLists {
  const count = p.stops.length;
  const k = Math.min(listLength, Math.max(0, count - 1));
  const list = new Int32Array(count * k);
  const n = p.nodes;
  const others: number[] = [];
  const d = new Float64Array(count);
  if (k === 0) return { k, list };
  for (let a = 0; a < count; a++) {
    const na = (p.stops[a] as Problem['stops'][number]).node;
    others.length = 0;
    for (let b = 0; b < count; b++) {
      if (b === a) continue;
      const nb = (p.stops[b] as Problem['stops'][number]).node;
      d[b] = (p.cost[na * n + nb] as number) + (p.cost[nb * n + na] as number);
      others.push(b);
    }
    others.sort((x, y) => (d[x] as number) - (d[y] as number) || x - y);
    for (let t = 0; t < k; t++) list[a * k + t] = others[t] as number;
  }
  return { k, list };
}
