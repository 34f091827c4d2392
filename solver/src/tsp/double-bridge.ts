import type { Random } from '../random';
import type { DistanceMatrix } from './euc-2d';
import type { Tour } from './tour';

/** Longest path a kick moves: kicks stay local, so re-optimising them stays cheap. */
const maxKickPath = 50;

/**
 * Local double-bridge kick: a b1…b2 c1…c2 e → a c1…c2 b1…b2 e, two short adjacent paths
 * swapped. 2-opt and Or-opt cannot undo it in one move, which is what makes it a good kick;
 * keeping the paths short keeps it near one spot so the following local search only has to
 * repair that spot (the "segment" variant of the kick). Returns the change in length and
 * the cities at the three broken edges, whose don't-look bits must be cleared.
 */
export function doubleBridgeKick(
  tour: Tour,
  m: DistanceMatrix,
  random: Random,
): { delta: number; touched: number[] } {
  const { n, d } = m;
  const span = Math.max(1, Math.min(maxKickPath, Math.floor((n - 2) / 2)));
  const lenB = 1 + random.int(span);
  const lenC = 1 + random.int(span);
  const start = random.int(n);
  const at = (k: number) => tour.order[(start + k) % n] as number;
  const a = at(0);
  const b1 = at(1);
  const b2 = at(lenB);
  const c1 = at(lenB + 1);
  const c2 = at(lenB + lenC);
  const e = at(lenB + lenC + 1);
  const delta =
    (d[a * n + c1] as number) +
    (d[c2 * n + b1] as number) +
    (d[b2 * n + e] as number) -
    (d[a * n + b1] as number) -
    (d[b2 * n + c1] as number) -
    (d[c2 * n + e] as number);
  const moved: number[] = [];
  for (let k = lenB + 1; k <= lenB + lenC; k++) moved.push(at(k));
  for (let k = 1; k <= lenB; k++) moved.push(at(k));
  for (let k = 0; k < moved.length; k++) {
    const p = (start + 1 + k) % n;
    const city = moved[k] as number;
    tour.order[p] = city;
    tour.pos[city] = p;
  }
  return { delta, touched: [a, b1, b2, c1, c2, e] };
}
