import type { Random } from '../random';
import { createProblem, type Problem } from './problem';

/**
 * Stops on a 100 × 100 square with demands, windows from tight to all day (some in two
 * parts), one depot at the centre and `vehicles` identical vehicles.
 */
export function randomProblem(random: Random, count: number, vehicles: number): Problem {
  const xs = [50];
  const ys = [50];
  for (let i = 0; i < count; i++) {
    xs.push(random.range(0, 100));
    ys.push(random.range(0, 100));
  }
  const n = count + 1;
  const distance = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      distance[a * n + b] = Math.hypot(
        (xs[a] as number) - (xs[b] as number),
        (ys[a] as number) - (ys[b] as number),
      );
    }
  }
  const horizon = 1000;
  return createProblem({
    nodes: n,
    distance,
    time: distance,
    stops: Array.from({ length: count }, (_, s) => {
      const open = random.range(0, horizon);
      const width = random.pick([20, 100, 400, horizon]);
      const windows: [number, number][] = random.chance(0.2)
        ? [
            [open / 2, open / 2 + width / 4],
            [open, open + width],
          ]
        : [[open, open + width]];
      return {
        node: s + 1,
        windows,
        service: random.pick([0, 10, 30]),
        demand: random.intBetween(1, 10),
        weight: 1,
      };
    }),
    vehicles: Array.from({ length: vehicles }, () => ({
      start: 0,
      end: 0,
      shiftFrom: 0,
      shiftTo: horizon * 1.5,
      capacity: vehicles === 1 ? Infinity : (count * 8) / vehicles,
    })),
  });
}
