import { createRandom } from '../random';
import type { RoutesInput } from './routes-input';

/**
 * A seeded random evening round shaped like the commune's: premises scattered over a
 * 6 km square, one or two police stations, teams on evening shifts, premises open for one or
 * two spells between 14:00 and 24:00, 5 to 20 minutes per visit, risk weights 1 to 100,
 * and sometimes a team capacity (e.g. forms to carry). Used by the property tests and by
 * the benchmark's drag-and-drop timing.
 */
export function randomRoutesInput(seed: number, stopCount: number): RoutesInput {
  const random = createRandom(seed);
  const uniform = (a: number, b: number) => a + (b - a) * random.next();
  const stations = 1 + random.int(2);
  const size = stations + stopCount;
  const xs = Array.from({ length: size }, () => uniform(0, 6000));
  const ys = Array.from({ length: size }, () => uniform(0, 6000));
  // Roads are longer than straight lines; 25 km/h through village lanes.
  const distance = xs.map((x, i) =>
    xs.map((x2, j) => Math.round(1.3 * Math.hypot(x - x2, (ys[i] as number) - (ys[j] as number)))),
  );
  const duration = distance.map((row) => row.map((d) => Math.round(d / (25 / 3.6))));
  const hour = 3600;
  const withCapacity = random.next() < 0.3;
  const stops = Array.from({ length: stopCount }, (_, s) => {
    const open = Math.round(uniform(14, 21) * hour);
    const close = Math.min(24 * hour, open + Math.round(uniform(1, 6) * hour));
    const windows: [number, number][] = [[open, close]];
    if (random.next() < 0.25 && close + hour < 24 * hour) windows.push([close + hour, 24 * hour]);
    return {
      id: `b${s + 1}`,
      index: stations + s,
      windows,
      serviceSeconds: Math.round(uniform(5, 20)) * 60,
      weight: 1 + random.int(100),
      demand: withCapacity ? 1 + random.int(3) : 0,
    };
  });
  const teams = 1 + random.int(4);
  const vehicles = Array.from({ length: teams }, (_, t) => {
    const from = Math.round(uniform(17, 20) * hour);
    return {
      id: `team-${t + 1}`,
      startIndex: random.int(stations),
      shift: [from, from + Math.round(uniform(2, 5) * hour)] as [number, number],
      capacity: withCapacity ? 10 + random.int(20) : undefined,
    };
  });
  return { matrix: { distance, duration }, stops, vehicles };
}
