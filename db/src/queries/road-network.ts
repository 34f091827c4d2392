import type { Sql } from '../client';

export type LngLat = [lng: number, lat: number];

/**
 * Speeds along the roads by class, km/h: what a team on motorbikes keeps at night (QL38B-like
 * national road, provincial roads, village lanes). Travel time is length ÷ speed, the same both
 * ways.
 */
export const roadSpeedsKmh = { national: 50, provincial: 40, village: 25 } as const;
/** The straight leg between a premises and its nearest road vertex (alleys, yards), km/h. */
export const accessSpeedKmh = 15;
/**
 * Without a road network (a commune whose roads are not imported yet): the straight line times
 * this detour factor at this speed. Clearly an estimate; answers say `straight-line`.
 */
export const straightLineDetour = 1.3;
export const straightLineSpeedKmh = 30;

export type TravelSource = 'roads' | 'straight-line';

export type TravelMatrix = {
  source: TravelSource;
  durationsSeconds: number[][];
  distancesMeters: number[][];
  /** Pairs with no path along the roads (a network in pieces), timed as straight lines. */
  straightLinePairs: number;
};

/** Great-circle distance in metres (spherical Earth, 6,371,008.8 m). */
export function straightMeters(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The fallback leg: straight line × detour at the fallback speed. */
export function straightLineLeg(a: LngLat, b: LngLat) {
  const meters = straightMeters(a, b) * straightLineDetour;
  return { meters, seconds: meters / (straightLineSpeedKmh / 3.6) };
}

/** Whether the commune has roads to route on. */
export async function hasRoadNetwork(sql: Sql, communeCode: string): Promise<boolean> {
  const [row] = await sql<[{ any: boolean }]>`
    select exists (select 1 from roads where commune_code = ${communeCode}) as any`;
  return row.any;
}

/**
 * Where a team starts when none is given. The demo data has no police station, so it is the
 * road vertex nearest the commune's centre (its centroid, or a point on its surface when the
 * centroid falls outside); without roads, that centre itself (ntm_road_depot).
 */
export async function defaultDepot(sql: Sql, communeCode: string): Promise<LngLat | null> {
  const [row] = await sql<{ lng: number; lat: number }[]>`
    select lng, lat from ntm_road_depot(${communeCode})`;
  return row ? [round7(row.lng), round7(row.lat)] : null;
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/**
 * Durations (s) and distances (m) among `locations` along the commune's roads (see
 * ntm_road_matrix): the fastest time and the shortest length with pgRouting,
 * each location snapped to its nearest road vertex plus a straight access leg. Without roads, every pair is the
 * straight-line estimate; so is any pair the roads do not connect (counted).
 */
export async function travelMatrix(
  sql: Sql,
  communeCode: string,
  locations: readonly LngLat[],
): Promise<TravelMatrix> {
  const n = locations.length;
  const durationsSeconds = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const distancesMeters = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const roads = n > 0 && (await hasRoadNetwork(sql, communeCode));
  let straightLinePairs = 0;
  const fallback = (i: number, j: number) => {
    const leg = straightLineLeg(locations[i] as LngLat, locations[j] as LngLat);
    (durationsSeconds[i] as number[])[j] = leg.seconds;
    (distancesMeters[i] as number[])[j] = leg.meters;
  };
  if (!roads) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) fallback(i, j);
    return { source: 'straight-line', durationsSeconds, distancesMeters, straightLinePairs: 0 };
  }
  const rows = await sql<
    { fromIndex: number; toIndex: number; seconds: number | null; meters: number | null }[]
  >`
    select from_index as "fromIndex", to_index as "toIndex", seconds, meters
      from ntm_road_matrix(${communeCode},
        ${locations.map((l) => l[0])}::float8[], ${locations.map((l) => l[1])}::float8[],
        ${roadSpeedsKmh.national}, ${roadSpeedsKmh.provincial}, ${roadSpeedsKmh.village},
        ${accessSpeedKmh})`;
  for (const r of rows) {
    const i = r.fromIndex - 1;
    const j = r.toIndex - 1;
    if (r.seconds === null || r.meters === null) {
      fallback(i, j);
      straightLinePairs++;
    } else {
      (durationsSeconds[i] as number[])[j] = r.seconds;
      (distancesMeters[i] as number[])[j] = r.meters;
    }
  }
  return { source: 'roads', durationsSeconds, distancesMeters, straightLinePairs };
}

/**
 * One line per route (a list of locations visited in order) along the roads: each leg goes
 * straight to the nearest road vertex, along the fastest path, then straight to the next
 * location, as travelMatrix timed it (its distance is the shortest road length, which this
 * path matches or, rarely, exceeds). Legs with no road path are drawn straight.
 */
export async function routeLines(
  sql: Sql,
  communeCode: string,
  routes: readonly (readonly LngLat[])[],
  source: TravelSource,
): Promise<LngLat[][]> {
  const legs = routes.flatMap((route, r) =>
    route.slice(1).map((to, k) => ({ route: r, from: route[k] as LngLat, to })),
  );
  const paths = new Map<number, LngLat[]>();
  if (source === 'roads' && legs.length > 0) {
    const rows = await sql<{ leg: number; lng: number; lat: number }[]>`
      select leg, lng, lat
        from ntm_road_legs(${communeCode},
          ${legs.map((l) => l.from[0])}::float8[], ${legs.map((l) => l.from[1])}::float8[],
          ${legs.map((l) => l.to[0])}::float8[], ${legs.map((l) => l.to[1])}::float8[],
          ${roadSpeedsKmh.national}, ${roadSpeedsKmh.provincial}, ${roadSpeedsKmh.village})
       order by leg, seq`;
    for (const row of rows) {
      const path = paths.get(row.leg - 1) ?? [];
      path.push([round7(row.lng), round7(row.lat)]);
      paths.set(row.leg - 1, path);
    }
  }
  const lines: LngLat[][] = routes.map(() => []);
  legs.forEach((leg, k) => {
    const line = lines[leg.route] as LngLat[];
    for (const p of [leg.from, ...(paths.get(k) ?? []), leg.to]) {
      const last = line[line.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) line.push(p);
    }
  });
  return lines;
}
