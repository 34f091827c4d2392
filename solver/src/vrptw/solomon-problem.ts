import type { SolomonInstance } from './parse-solomon';
import { createProblem, type Problem } from './problem';

/**
 * Solomon's conventions: Euclidean distance as a double (no rounding), travel time equal to
 * distance, every vehicle leaving the depot at its ready time and back by its due date.
 * Stop s is customer s + 1 and sits at node s + 1; node 0 is the depot.
 */
export function solomonProblem(instance: SolomonInstance): Problem {
  const { nodes } = instance;
  const n = nodes.length;
  const distance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = nodes[i] as SolomonInstance['nodes'][number];
      const b = nodes[j] as SolomonInstance['nodes'][number];
      distance[i * n + j] = Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
    }
  }
  const depot = nodes[0] as SolomonInstance['nodes'][number];
  return createProblem({
    nodes: n,
    distance,
    time: distance,
    stops: nodes.slice(1).map((c) => ({
      node: c.id,
      windows: [[c.ready, c.due]],
      service: c.service,
      demand: c.demand,
      weight: 1,
    })),
    vehicles: Array.from({ length: instance.vehicles }, () => ({
      start: 0,
      end: 0,
      shiftFrom: depot.ready,
      shiftTo: depot.due,
      capacity: instance.capacity,
    })),
  });
}
