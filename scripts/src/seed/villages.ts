// Villages (thôn) that tile the commune: the Voronoi cells of seeded centres, cut by the
// commune. Neighbouring cells share their edges vertex for vertex, so the tiling has no gaps
// and no overlaps beyond rounding to 7 decimals. Centres are grouped into the four former
// communes by compass sector, six each.

import { villageSlug } from '@ntm/db/queries/village-name-key';
import type { Random } from '@ntm/solver/random';
import { featureCollection, intersect, point, polygon, voronoi } from '@turf/turf';
import type { Position } from 'geojson';
import { apportion } from './apportion';
import { type FormerCommuneSpec, formerCommuneSpecs, villageCount } from './former-communes';
import type { LocalFrame, Vec } from './local-frame';
import { distance } from './plane';
import { VillageLocator } from './village-locator';

export type VillagePlan = {
  name: string;
  slug: string;
  formerCommune: string;
  population: number;
  /** The village centre (its Voronoi site), in metres. */
  centre: Vec;
  /** MultiPolygon coordinates in [lng, lat], 7 decimals. */
  coordinates: Position[][][];
};

const communePopulation = 33_230;
const centreMarginMeters = 350;

function placeCentres(random: Random, locator: VillageLocator, ring: readonly Vec[]): Vec[] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  let spacingMeters = 720;
  for (;;) {
    const centres: Vec[] = [];
    for (let attempt = 0; attempt < 4000 && centres.length < villageCount; attempt += 1) {
      const candidate: Vec = [random.range(minX, maxX), random.range(minY, maxY)];
      if (!locator.insideCommune(candidate, centreMarginMeters)) continue;
      if (centres.every((c) => distance(c, candidate) >= spacingMeters)) centres.push(candidate);
    }
    if (centres.length === villageCount) return centres;
    spacingMeters *= 0.95;
  }
}

/** Compass bearing (clockwise from north) of a point seen from the origin, in [0, 360). */
function bearingDegrees([x, y]: Vec): number {
  return ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
}

function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** Centres sorted by bearing, cut into equal runs; the rotation that best faces each commune's sector wins. */
function groupBySector(
  centres: readonly Vec[],
): Array<{ spec: FormerCommuneSpec; members: Vec[] }> {
  const sorted = [...centres].sort((a, b) => bearingDegrees(a) - bearingDegrees(b));
  const size = sorted.length / formerCommuneSpecs.length;
  let best: { score: number; rotation: number } = { score: Number.POSITIVE_INFINITY, rotation: 0 };
  for (let rotation = 0; rotation < sorted.length; rotation += 1) {
    let score = 0;
    formerCommuneSpecs.forEach((spec, g) => {
      const members = Array.from(
        { length: size },
        (_, i) => sorted[(rotation + g * size + i) % sorted.length] as Vec,
      );
      const sum = members.reduce<[number, number]>(
        (acc, [x, y]) => {
          const length = Math.hypot(x, y);
          return [acc[0] + x / length, acc[1] + y / length];
        },
        [0, 0],
      );
      score += angleBetween(bearingDegrees(sum), spec.bearingDegrees);
    });
    if (score < best.score) best = { score, rotation };
  }
  return formerCommuneSpecs.map((spec, g) => ({
    spec,
    members: Array.from(
      { length: size },
      (_, i) => sorted[(best.rotation + g * size + i) % sorted.length] as Vec,
    ),
  }));
}

export function planVillages(
  random: Random,
  frame: LocalFrame,
  communeRing: readonly Vec[],
): VillagePlan[] {
  const centres = placeCentres(random, new VillageLocator([], communeRing), communeRing);
  const groups = groupBySector(centres);

  const xs = communeRing.map((p) => p[0]);
  const ys = communeRing.map((p) => p[1]);
  const pad = 1000;
  const ordered = groups.flatMap(({ spec, members }) => {
    const names = random.shuffle([...spec.villageNames]);
    return members.map((centre, i) => ({
      centre,
      name: names[i] as string,
      formerCommune: spec.name,
    }));
  });
  const cells = voronoi(featureCollection(ordered.map(({ centre }) => point([...centre]))), {
    bbox: [
      Math.min(...xs) - pad,
      Math.min(...ys) - pad,
      Math.max(...xs) + pad,
      Math.max(...ys) + pad,
    ],
  });
  const commune = polygon([[...communeRing.map((p) => [...p]), [...(communeRing[0] as Vec)]]]);

  const shapes = ordered.map((village, i) => {
    const cell = cells.features[i];
    const piece = cell ? intersect(featureCollection([cell, commune])) : null;
    if (!piece) throw new Error(`village ${village.name} has no area inside the commune`);
    const parts =
      piece.geometry.type === 'Polygon' ? [piece.geometry.coordinates] : piece.geometry.coordinates;
    const coordinates = parts.map((rings) =>
      rings.map((ring) => frame.ringToLngLat(ring.map(([x, y]) => [x, y] as Vec))),
    );
    return { ...village, coordinates };
  });

  const weights = shapes.map(() => random.range(0.7, 1.3));
  const populations = apportion(communePopulation, weights);
  return shapes.map((village, i) => ({
    name: village.name,
    slug: villageSlug(village.name),
    formerCommune: village.formerCommune,
    population: populations[i] as number,
    centre: village.centre,
    coordinates: village.coordinates,
  }));
}
