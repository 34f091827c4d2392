// Roads: a QL38B-like national road across the commune west–east, provincial roads ĐT 392
// (north–south through the commune seat at the centre) and ĐT 393 (branching north-east off
// QL38B), and village roads that join every village centre to that network, plus a few links
// between neighbouring villages so the graph has loops. Everything is noded at the end.

import type { Random } from '@ntm/solver/random';
import type { Vec } from './local-frame';
import { distance, lerp, projectOnSegment } from './plane';
import { nodePolylines, type Polyline } from './road-noding';
import type { VillageLocator } from './village-locator';

export type RoadClass = 'national' | 'provincial' | 'village';
export type RoadProps = { roadClass: RoadClass; name: string };

export type RoadNetwork = {
  /** QL38B inside the commune, before noding. */
  national: Vec[];
  /** ĐT 392 and ĐT 393 inside the commune, before noding. */
  provincial: Vec[][];
  /** One polyline per edge between junctions. */
  edges: Polyline<RoadProps>[];
};

const nationalRoadName = 'Quốc lộ 38B';
const sampleStepMeters = 100;
const roadMarginMeters = 1;

/** The point where the commune boundary cuts segment inside→outside, `roadMarginMeters` inside. */
function exitPoint(inside: Vec, outside: Vec, locator: VillageLocator): Vec {
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (locator.insideCommune(lerp(inside, outside, mid), roadMarginMeters)) lo = mid;
    else hi = mid;
  }
  return lerp(inside, outside, lo);
}

/** The run of `samples` around `anchor` that stays inside the commune, ended at the boundary. */
function clipToCommune(samples: readonly Vec[], anchor: number, locator: VillageLocator): Vec[] {
  const isIn = (p: Vec) => locator.insideCommune(p, roadMarginMeters);
  let first = anchor;
  while (first > 0 && isIn(samples[first - 1] as Vec)) first -= 1;
  let last = anchor;
  while (last < samples.length - 1 && isIn(samples[last + 1] as Vec)) last += 1;
  const run = samples.slice(first, last + 1);
  if (first > 0) run.unshift(exitPoint(samples[first] as Vec, samples[first - 1] as Vec, locator));
  if (last < samples.length - 1)
    run.push(exitPoint(samples[last] as Vec, samples[last + 1] as Vec, locator));
  return run;
}

/**
 * A road's gentle meander, amplitude × sine(t) with sine(t) = sin(2πt / wavelength + phase): the
 * three drawn in that order, as each road always drew them.
 */
function meander(
  random: Random,
  amplitudeRange: [number, number],
  wavelengthRange: [number, number],
) {
  const amplitude = random.range(...amplitudeRange);
  const wavelength = random.range(...wavelengthRange);
  const phase = random.range(0, 2 * Math.PI);
  return { amplitude, sine: (t: number) => Math.sin((2 * Math.PI * t) / wavelength + phase) };
}

/** The sample at the commune's centre (t = 0) of a road drawn `alongAxis`. */
const axisCentre = 70;

/** A road's points every `sampleStepMeters` along its axis, ±7 km from the centre. */
const alongAxis = (point: (t: number) => Vec): Vec[] =>
  Array.from({ length: 2 * axisCentre + 1 }, (_, k) => point((k - axisCentre) * sampleStepMeters));

function nationalRoad(random: Random, locator: VillageLocator): Vec[] {
  const offsetNorth = random.range(-520, -260);
  const slope = Math.tan((random.range(-12, -3) * Math.PI) / 180);
  const wave = meander(random, [80, 180], [3500, 6000]);
  const samples = alongAxis((x) => [x, offsetNorth + x * slope + wave.amplitude * wave.sine(x)]);
  return clipToCommune(samples, axisCentre, locator);
}

/** ĐT 392 passes through the origin (the commune seat), which is one of its vertices. */
function northSouthRoad(random: Random, locator: VillageLocator): Vec[] {
  const slope = Math.tan((random.range(-10, 10) * Math.PI) / 180);
  const wave = meander(random, [60, 160], [3000, 5000]);
  const samples = alongAxis((y) =>
    y === 0 ? [0, 0] : [y * slope + wave.amplitude * (wave.sine(y) - wave.sine(0)), y],
  );
  return clipToCommune(samples, axisCentre, locator);
}

/** ĐT 393 leaves QL38B at one of its vertices east of the centre and heads north-east. */
function branchRoad(random: Random, locator: VillageLocator, national: readonly Vec[]): Vec[] {
  const targetX = random.range(1200, 2000);
  const start = national.reduce((best, p) =>
    Math.abs(p[0] - targetX) < Math.abs(best[0] - targetX) ? p : best,
  );
  const bearing = (random.range(25, 55) * Math.PI) / 180;
  const [ux, uy] = [Math.sin(bearing), Math.cos(bearing)];
  const wiggle = random.range(30, 70);
  const samples: Vec[] = [start];
  for (let k = 1; k <= 80; k += 1) {
    const along = k * sampleStepMeters;
    const side = wiggle * Math.sin(along / 700);
    samples.push([start[0] + ux * along - uy * side, start[1] + uy * along + ux * side]);
  }
  return clipToCommune(samples, 0, locator);
}

function nearestOnNetwork(p: Vec, lines: readonly Polyline<RoadProps>[]): Vec {
  let best: Vec = p;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { coords } of lines) {
    for (let i = 1; i < coords.length; i += 1) {
      const a = coords[i - 1] as Vec;
      const b = coords[i] as Vec;
      const candidate = lerp(a, b, projectOnSegment(p, a, b));
      const d = distance(p, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
  }
  return best;
}

function staysInside(path: readonly Vec[], locator: VillageLocator): boolean {
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1] as Vec;
    const b = path[i] as Vec;
    const steps = Math.max(2, Math.ceil(distance(a, b) / 25));
    for (let s = 1; s < steps; s += 1) {
      if (!locator.insideCommune(lerp(a, b, s / steps), roadMarginMeters)) return false;
    }
  }
  return true;
}

/** a → b with one bend of ±4–10 % of the length, or straight if the bend would leave the commune. */
function villagePath(random: Random, locator: VillageLocator, a: Vec, b: Vec): Vec[] | null {
  const length = distance(a, b);
  const bend = random.range(0.04, 0.1) * length * (random.chance(0.5) ? 1 : -1);
  const mid: Vec = [
    (a[0] + b[0]) / 2 - ((b[1] - a[1]) / length) * bend,
    (a[1] + b[1]) / 2 + ((b[0] - a[0]) / length) * bend,
  ];
  if (staysInside([a, mid, b], locator)) return [a, mid, b];
  if (staysInside([a, b], locator)) return [a, b];
  return null;
}

export function planRoads(
  random: Random,
  locator: VillageLocator,
  villages: ReadonlyArray<{ name: string; centre: Vec }>,
): RoadNetwork {
  const national = nationalRoad(random, locator);
  const dt392 = northSouthRoad(random, locator);
  const dt393 = branchRoad(random, locator, national);
  const lines: Polyline<RoadProps>[] = [
    { coords: national, props: { roadClass: 'national', name: nationalRoadName } },
    { coords: dt392, props: { roadClass: 'provincial', name: 'ĐT 392' } },
    { coords: dt393, props: { roadClass: 'provincial', name: 'ĐT 393' } },
  ];

  // Prim-like: join the village nearest the network first, so later roads can end on earlier ones.
  const waiting = new Set(villages.map((_, i) => i));
  while (waiting.size > 0) {
    let next = -1;
    let target: Vec = [0, 0];
    let nearest = Number.POSITIVE_INFINITY;
    for (const i of waiting) {
      const centre = (villages[i] as { centre: Vec }).centre;
      const candidate = nearestOnNetwork(centre, lines);
      if (distance(centre, candidate) < nearest) {
        nearest = distance(centre, candidate);
        next = i;
        target = candidate;
      }
    }
    waiting.delete(next);
    const village = villages[next] as { name: string; centre: Vec };
    // The origin is a vertex of ĐT 392 and every straight line from it stays in the star-shaped commune.
    const path = villagePath(random, locator, village.centre, target) ?? [village.centre, [0, 0]];
    lines.push({
      coords: path,
      props: { roadClass: 'village', name: `Đường thôn ${village.name}` },
    });
  }

  // Links between neighbouring villages, for loops in the graph.
  villages.forEach((village, i) => {
    const others = villages
      .map((other, j) => ({ j, d: distance(village.centre, other.centre) }))
      .filter(({ j }) => j !== i)
      .sort((a, b) => a.d - b.d);
    const neighbour = others[0];
    if (!neighbour || neighbour.j < i || neighbour.d > 1800 || !random.chance(0.6)) return;
    const other = villages[neighbour.j] as { name: string; centre: Vec };
    const path = villagePath(random, locator, village.centre, other.centre);
    if (path) {
      lines.push({
        coords: path,
        props: { roadClass: 'village', name: `Đường liên thôn ${village.name} – ${other.name}` },
      });
    }
  });

  return { national, provincial: [dt392, dt393], edges: nodePolylines(lines) };
}
