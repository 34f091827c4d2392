import { createRandom } from '../random';
import { createProblem, type Problem } from '../vrptw/problem';
import type { RoutesInput } from './routes-input';

/**
 * The validated input as the search's `Problem`: the matrix copied into flat arrays once (a
 * function matrix is called n² times here and never again), stops without windows open all
 * day, vehicles without a capacity unlimited. With `jitter`, the search's cost matrix gets a
 * seeded factor per leg; distance and time stay true.
 */
export function buildProblem(input: RoutesInput, size: number): Problem {
  const distance = new Float64Array(size * size);
  const time = new Float64Array(size * size);
  const { matrix } = input;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      if (typeof matrix.distance === 'function') {
        distance[i * size + j] = matrix.distance(i, j);
        time[i * size + j] = (matrix.duration as (a: number, b: number) => number)(i, j);
      } else {
        distance[i * size + j] = (matrix.distance[i] as number[])[j] as number;
        time[i * size + j] = ((matrix.duration as number[][])[i] as number[])[j] as number;
      }
    }
  }
  let cost = distance;
  const jitter = input.jitter ?? 0;
  if (jitter > 0) {
    // A stream of its own, so jitter does not shift the search's random choices.
    const random = createRandom((input.seed ?? 1) ^ 0x5bd1e995);
    cost = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      for (let j = i; j < size; j++) {
        const factor = 1 + jitter * (2 * random.next() - 1);
        cost[i * size + j] = (distance[i * size + j] as number) * factor;
        cost[j * size + i] = (distance[j * size + i] as number) * factor;
      }
    }
  }
  return createProblem({
    nodes: size,
    distance,
    time,
    cost,
    stops: input.stops.map((s) => ({
      node: s.index,
      windows: s.windows && s.windows.length > 0 ? s.windows : [[-Infinity, Infinity]],
      service: s.serviceSeconds ?? 0,
      demand: s.demand ?? 0,
      weight: s.weight ?? 1,
    })),
    vehicles: input.vehicles.map((v) => ({
      start: v.startIndex,
      end: v.endIndex ?? v.startIndex,
      shiftFrom: v.shift[0],
      shiftTo: v.shift[1],
      capacity: v.capacity ?? Infinity,
    })),
  });
}
