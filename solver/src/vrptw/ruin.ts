import type { Random } from '../random';
import type { NeighbourLists } from '../tsp/neighbour-lists';
import type { Problem } from './problem';
import type { Solution } from './solution';

/** Mean number of stops removed per ruin (SISR's c̄) and longest string (L_max). */
const meanRemoved = 10;
const maxStringLength = 10;

/**
 * String removal after Christiaens & Vanden Berghe's SISR (2020): pick a seed stop, walk its
 * nearest stops, and from each route met (up to a random number of routes) cut one string of
 * consecutive stops around the stop found. Cutting neighbouring strings in several routes
 * frees room exactly where routes could be exchanged. Returns the stops removed.
 */
export function ruinStrings(
  p: Problem,
  sol: Solution,
  neighbours: NeighbourLists,
  random: Random,
): number[] {
  const count = p.stops.length;
  if (count === 0) return [];
  const routeOf = new Int32Array(count).fill(-1);
  let used = 0;
  let routedStops = 0;
  sol.routes.forEach((route, r) => {
    if (route.stops.length === 0) return;
    used++;
    routedStops += route.stops.length;
    for (const s of route.stops) routeOf[s] = r;
  });
  if (used === 0) return [];
  const lsMax = Math.min(maxStringLength, routedStops / used);
  const ksMax = (4 * meanRemoved) / (1 + lsMax) - 1;
  const routesToRuin = Math.max(1, Math.floor(1 + random.next() * ksMax));
  const seed = random.int(count);
  const ruined = new Set<number>();
  const removed: number[] = [];
  const { k, list } = neighbours;
  for (let t = -1; t < k && ruined.size < routesToRuin; t++) {
    const c = t < 0 ? seed : (list[seed * k + t] as number);
    const r = routeOf[c] as number;
    if (r < 0 || ruined.has(r)) continue;
    ruined.add(r);
    const route = sol.mutable(r);
    const size = route.stops.length;
    const length = Math.floor(1 + random.next() * Math.min(size, lsMax));
    const at = route.stops.indexOf(c);
    const from = Math.max(0, Math.min(size - length, at - random.int(length)));
    removed.push(...route.stops.splice(from, length));
    // Removing stops never makes a route late when travel times obey the triangle
    // inequality; if a matrix does not, the stops that became late are removed too.
    let late = route.update(p);
    while (late >= 0) {
      if (late >= route.stops.length) late = route.stops.length - 1;
      removed.push(...route.stops.splice(late, 1));
      late = route.update(p);
    }
  }
  return removed;
}
