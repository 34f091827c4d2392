/**
 * The routing problem in the shape the search works on: one square matrix over "nodes"
 * (depots and stops), stops and vehicles as indices into it. Distances and travel times are
 * separate because a road network makes them so; `cost` is what the search minimises (the
 * distance, or the distance with seeded noise when plans must vary, see `jitter`).
 */
export type ProblemStop = {
  node: number;
  /** Allowed start-of-service intervals, sorted and disjoint after `createProblem`. */
  windows: [number, number][];
  service: number;
  demand: number;
  /** Priority (risk covered); > 0. Leaving a stop out costs its weight. */
  weight: number;
};

export type ProblemVehicle = {
  start: number;
  end: number;
  shiftFrom: number;
  shiftTo: number;
  capacity: number;
};

export type Problem = {
  nodes: number;
  distance: Float64Array;
  time: Float64Array;
  cost: Float64Array;
  stops: ProblemStop[];
  vehicles: ProblemVehicle[];
  /** Stops' earliest/latest window bounds, flat, for the hot insertion loop. */
  windowFlat: Float64Array;
  windowOffset: Int32Array;
};

export type ProblemInput = {
  nodes: number;
  distance: Float64Array;
  time: Float64Array;
  cost?: Float64Array;
  stops: ProblemStop[];
  vehicles: ProblemVehicle[];
};

/** Sorts and merges each stop's windows and flattens them; throws on programmer errors. */
export function createProblem(input: ProblemInput): Problem {
  const size = input.nodes * input.nodes;
  if (input.distance.length !== size || input.time.length !== size) {
    throw new Error(`matrix size ${input.distance.length} does not match ${input.nodes} nodes`);
  }
  const stops = input.stops.map((stop) => ({ ...stop, windows: mergeWindows(stop.windows) }));
  const windowOffset = new Int32Array(stops.length + 1);
  const flat: number[] = [];
  stops.forEach((stop, s) => {
    windowOffset[s] = flat.length / 2;
    for (const [from, to] of stop.windows) flat.push(from, to);
  });
  windowOffset[stops.length] = flat.length / 2;
  return {
    nodes: input.nodes,
    distance: input.distance,
    time: input.time,
    cost: input.cost ?? input.distance,
    stops,
    vehicles: input.vehicles,
    windowFlat: Float64Array.from(flat),
    windowOffset,
  };
}

function mergeWindows(windows: [number, number][]): [number, number][] {
  const sorted = windows.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/**
 * Slack allowed on every time comparison. The O(1) insertion check (backward latest times)
 * and the forward schedule add the same numbers in different orders; with Solomon's
 * irrational distances they can disagree in the last bit, so a window is met when missed by
 * at most this much (a millionth of a second for real plans).
 */
export const timeTolerance = 1e-6;

/** Earliest start of service at stop `s` for a visitor arriving at `arrival`; Infinity if none. */
export function earliestStart(p: Problem, s: number, arrival: number): number {
  const first = p.windowOffset[s] as number;
  // One window is the common case (Solomon, most opening hours): no loop.
  if ((p.windowOffset[s + 1] as number) - first === 1) {
    if (arrival > (p.windowFlat[2 * first + 1] as number) + timeTolerance) {
      return Number.POSITIVE_INFINITY;
    }
    const open = p.windowFlat[2 * first] as number;
    return Math.max(arrival, open);
  }
  const end = p.windowOffset[s + 1] as number;
  for (let w = p.windowOffset[s] as number; w < end; w++) {
    if (arrival <= (p.windowFlat[2 * w + 1] as number) + timeTolerance) {
      return Math.max(arrival, p.windowFlat[2 * w] as number);
    }
  }
  return Number.POSITIVE_INFINITY;
}

/** Latest start of service at stop `s` no later than `bound`; -Infinity if none. */
export function latestStart(p: Problem, s: number, bound: number): number {
  for (let w = (p.windowOffset[s + 1] as number) - 1; w >= (p.windowOffset[s] as number); w--) {
    if ((p.windowFlat[2 * w] as number) <= bound + timeTolerance) {
      return Math.min(bound, p.windowFlat[2 * w + 1] as number);
    }
  }
  return Number.NEGATIVE_INFINITY;
}
