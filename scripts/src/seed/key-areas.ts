// Key areas (địa bàn trọng điểm): border strips along the commune edge, the Chi Lăng Nam stork
// island, the QL38B corridor, worker-housing areas beside QL38B and one military area. Each
// polygon is built in metres so that it lies inside the commune with room to spare, or shares
// the commune's own boundary vertices (the border strips).

import type { Random } from '@ntm/solver/random';
import { buffer, featureCollection, intersect, lineString, polygon } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import type { LocalFrame, Vec } from './local-frame';
import {
  distance,
  distanceToPolyline,
  orientedRectangle,
  pointAlong,
  polylineLength,
} from './plane';
import type { RoadNetwork } from './roads';
import type { VillageLocator } from './village-locator';
import type { VillagePlan } from './villages';

export type KeyAreaKind = 'border' | 'tourist' | 'traffic-route' | 'worker-housing' | 'military';
export type KeyAreaProps = { kind: KeyAreaKind; name: string; note: string };
export type KeyAreaFeature = Feature<Polygon | LineString, KeyAreaProps>;

const borderWidthMeters = 300;

/**
 * The strip between the commune boundary and the same boundary pulled `borderWidthMeters`
 * towards the centre, over the compass sector [fromBearing, toBearing]. Its outer edge is the
 * commune's own vertices; the inner edge lies on the same rays, so the strip stays inside.
 */
function borderStrip(ring: readonly Vec[], fromBearing: number, toBearing: number): Vec[] {
  const inSector = (p: Vec) => {
    const bearing = ((Math.atan2(p[0], p[1]) * 180) / Math.PI + 360) % 360;
    return fromBearing <= toBearing
      ? bearing >= fromBearing && bearing <= toBearing
      : bearing >= fromBearing || bearing <= toBearing; // the sector wraps through north
  };
  // Start the walk at a vertex outside the sector so the run inside it is contiguous.
  const start = ring.findIndex((p) => !inSector(p));
  const run: Vec[] = [];
  for (let i = 1; i <= ring.length; i += 1) {
    const p = ring[(start + i) % ring.length] as Vec;
    if (inSector(p)) run.push(p);
    else if (run.length > 0) break;
  }
  const inner = run.map((p) => {
    const radius = Math.hypot(p[0], p[1]);
    const scale = (radius - borderWidthMeters) / radius;
    return [p[0] * scale, p[1] * scale] as Vec;
  });
  return [...run, ...inner.reverse()];
}

/** An irregular round island of about `radiusMeters`. */
function blob(random: Random, centre: Vec, radiusMeters: number): Vec[] {
  const phases = [random.range(0, 6.3), random.range(0, 6.3)];
  const points: Vec[] = [];
  for (let i = 0; i < 36; i += 1) {
    const theta = (2 * Math.PI * i) / 36;
    const r =
      radiusMeters *
      (1 +
        0.14 * Math.sin(2 * theta + (phases[0] as number)) +
        0.07 * Math.sin(3 * theta + (phases[1] as number)));
    points.push([centre[0] + r * Math.cos(theta), centre[1] + r * Math.sin(theta)]);
  }
  return points;
}

function distanceToRoads(p: Vec, roads: RoadNetwork): number {
  return Math.min(...roads.edges.map((edge) => distanceToPolyline(p, edge.coords)));
}

/** A spot in village `villageIndex`, at least `marginMeters` inside it, as far from roads as can be. */
function quietSpot(
  random: Random,
  locator: VillageLocator,
  roads: RoadNetwork,
  villageIndex: number,
  marginMeters: number,
): Vec {
  const centre = locator.centres[villageIndex] as Vec;
  let best: { spot: Vec; score: number } = { spot: centre, score: -1 };
  for (let i = 0; i < 48; i += 1) {
    const angle = random.range(0, 2 * Math.PI);
    const reach = random.range(150, 500);
    const spot: Vec = [centre[0] + reach * Math.cos(angle), centre[1] + reach * Math.sin(angle)];
    if (locator.villageAt(spot, marginMeters) !== villageIndex) continue;
    const score = distanceToRoads(spot, roads);
    if (score > best.score) best = { spot, score };
  }
  return best.spot;
}

export function planKeyAreas(
  random: Random,
  frame: LocalFrame,
  locator: VillageLocator,
  villages: readonly VillagePlan[],
  roads: RoadNetwork,
): { features: KeyAreaFeature[]; workerHousingCentres: Vec[] } {
  const ring = locator.communeRing;
  const toPolygon = (points: readonly Vec[], props: KeyAreaProps): KeyAreaFeature =>
    polygon([frame.ringToLngLat(points)], props);
  const features: KeyAreaFeature[] = [
    toPolygon(borderStrip(ring, 235, 305), {
      kind: 'border',
      name: 'Giáp ranh tỉnh Hưng Yên (phía tây)',
      note: 'Dải 300 m dọc ranh giới tỉnh; người và phương tiện qua lại nhiều, phối hợp tuần tra liên tỉnh.',
    }),
    toPolygon(borderStrip(ring, 330, 30), {
      kind: 'border',
      name: 'Giáp ranh xã Bắc Thanh Miện (phía bắc)',
      note: 'Dải 300 m dọc ranh giới xã; phối hợp trao đổi thông tin với Công an xã Bắc Thanh Miện.',
    }),
  ];

  const southVillages = villages
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.formerCommune === 'Chi Lăng Nam');
  const storkVillage = random.pick(southVillages);
  const island = quietSpot(random, locator, roads, storkVillage.i, 230);
  features.push(
    toPolygon(blob(random, island, 165), {
      kind: 'tourist',
      name: 'Đảo Cò Chi Lăng Nam',
      note: `Khu du lịch sinh thái đảo cò, thôn ${storkVillage.v.name}; đông khách vào mùa hè và dịp lễ.`,
    }),
  );

  const nationalLngLat = lineString(roads.national.map((p) => frame.toLngLatExact(p)));
  const corridor = buffer(nationalLngLat, 100, { units: 'meters' });
  // Cut by the commune pulled 1 m inwards: vertices on the true boundary could round outside it.
  const pulledIn = ring.map((p) => {
    const scale = 1 - 1 / Math.hypot(p[0], p[1]);
    return frame.toLngLatExact([p[0] * scale, p[1] * scale]);
  });
  const communeLngLat = polygon([[...pulledIn, pulledIn[0] as [number, number]]]);
  const corridorInside = corridor ? intersect(featureCollection([corridor, communeLngLat])) : null;
  if (corridorInside?.geometry.type !== 'Polygon') {
    throw new Error('the QL38B corridor does not cut the commune into one polygon');
  }
  features.push(
    polygon(
      corridorInside.geometry.coordinates.map((r) =>
        frame.ringToLngLat(r.map((p) => frame.toMeters(p))),
      ),
      {
        kind: 'traffic-route',
        name: 'Hành lang Quốc lộ 38B',
        note: 'Hành lang 100 m mỗi bên tuyến QL38B: nhà nghỉ, quán karaoke, xe khách và xe tải dừng đỗ.',
      },
    ),
  );

  const national = roads.national;
  const nationalLength = polylineLength(national);
  const workerHousingCentres: Vec[] = [];
  const housingCount = random.chance(0.5) ? 2 : 3;
  for (let attempt = 0; attempt < 200 && workerHousingCentres.length < housingCount; attempt += 1) {
    const { point, direction } = pointAlong(national, random.range(0.12, 0.88) * nationalLength);
    const side = random.chance(0.5) ? 1 : -1;
    const offset = random.range(140, 260) * side;
    const centre: Vec = [point[0] - direction[1] * offset, point[1] + direction[0] * offset];
    const village = locator.villageAt(centre, 140);
    if (village < 0 || workerHousingCentres.some((c) => distance(c, centre) < 900)) continue;
    workerHousingCentres.push(centre);
    const name = (villages[village] as VillagePlan).name;
    features.push(
      toPolygon(
        orientedRectangle(centre, direction, random.range(180, 240), random.range(100, 140)),
        {
          kind: 'worker-housing',
          name: `Khu nhà trọ công nhân thôn ${name}`,
          note: 'Dãy nhà trọ cho công nhân các khu, cụm công nghiệp lân cận; nhiều lao động ngoại tỉnh.',
        },
      ),
    );
  }

  const militaryVillage = random.int(villages.length);
  const base = quietSpot(random, locator, roads, militaryVillage, 110);
  const bearing = random.range(0, Math.PI);
  features.push(
    toPolygon(orientedRectangle(base, [Math.cos(bearing), Math.sin(bearing)], 150, 110), {
      kind: 'military',
      name: `Khu vực quân sự thôn ${(villages[militaryVillage] as VillagePlan).name}`,
      note: 'Khu vực hạn chế ra vào; Ban CHQS xã phối hợp tuần tra.',
    }),
  );
  return { features, workerHousingCentres };
}
