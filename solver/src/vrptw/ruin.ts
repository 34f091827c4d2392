import type { Random } from '../random';
import type { NeighbourLists } from '../tsp/neighbour-lists';
import type { Problem } from './problem';
import type { Solution } from './solution';

/** Mean number of stops removed per ruin (SISR's c̄) and longest string (L_max). */
const meanRemoved = 10;
const maxStringLength = 10;
/**
 * Share of ruins whose strings scale with the routes: up to half the mean route length, and
 * about as many stops removed. On routes of 10 stops this changes nothing; on routes of 30
 * to 100 stops (few vehicles, wide windows) a string of 10 is a fraction of one cluster's
 * visit, and a route that is full in time can hand a cluster to another route only if the
 * whole visit leaves at once. The other ruins keep SISR's small strings for fine repairs.
 */
const longRuinShare = 0.5;

/**
 * String removal after Christiaens & Vanden Berghe's SISR (2020): pick a seed stop, walk its
 * nearest stops, and from each route met (up to a random number of routes) cut one string of
 * consecutive stops around the stop found. Cutting neighbouring strings in several routes
 * frees room exactly where routes could be exchanged. Returns the stops removed. Every
 * other ruin (`longRuinShare`) cuts strings sized to the routes rather than to SISR's 10.
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
  const meanRoute = routedStops / used;
  const long = random.next() < longRuinShare ? Math.max(maxStringLength, meanRoute / 2) : 0;
  const lsMax = Math.min(long || maxStringLength, meanRoute);
  const ksMax = (4 * (long || meanRemoved)) / (1 + lsMax) - 1;
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
