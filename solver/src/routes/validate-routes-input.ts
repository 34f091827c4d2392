import { maxStops, maxTimeBudgetMs, maxVehicles, type RoutesInput } from './routes-input';

export type InputProblemReason =
  | 'no-vehicles'
  | 'too-many-vehicles'
  | 'too-many-stops'
  | 'shift-ends-before-start'
  | 'window-ends-before-start'
  | 'index-outside-matrix'
  | 'matrix-not-square'
  | 'bad-matrix-value'
  | 'duplicate-id'
  | 'bad-number'
  | 'bad-time-budget';

export type InputCheck =
  | { valid: true; size: number }
  | { valid: false; reason: InputProblemReason; message: string };

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Every rule the solver relies on, checked up front with a reason a client can show. */
export function validateRoutesInput(input: RoutesInput): InputCheck {
  const fail = (reason: InputProblemReason, message: string): InputCheck => ({
    valid: false,
    reason,
    message,
  });
  const { matrix, stops, vehicles } = input;
  if (vehicles.length === 0) return fail('no-vehicles', 'at least one team is needed');
  if (vehicles.length > maxVehicles) {
    return fail('too-many-vehicles', `${vehicles.length} teams; at most ${maxVehicles}`);
  }
  if (stops.length > maxStops) {
    return fail('too-many-stops', `${stops.length} stops; at most ${maxStops} per plan`);
  }
  const budget = input.timeBudgetMs ?? 1000;
  if (!finite(budget) || budget <= 0 || budget > maxTimeBudgetMs) {
    return fail('bad-time-budget', `timeBudgetMs must be in (0, ${maxTimeBudgetMs}]`);
  }
  const iterations = input.maxIterations;
  if (iterations !== undefined && !(Number.isInteger(iterations) && iterations >= 0)) {
    return fail('bad-number', 'maxIterations must be a non-negative integer');
  }
  const jitter = input.jitter ?? 0;
  if (!finite(jitter) || jitter < 0 || jitter > 0.5) {
    return fail('bad-number', 'jitter must be between 0 and 0.5');
  }
  let size: number;
  if (typeof matrix.distance === 'function') {
    size = 'size' in matrix ? matrix.size : Number.NaN;
    if (!Number.isInteger(size) || size < 1) {
      return fail('matrix-not-square', 'a matrix given as functions needs an integer size');
    }
  } else {
    const { distance, duration } = matrix as { distance: number[][]; duration: number[][] };
    size = distance.length;
    const square = (m: number[][]) => m.length === size && m.every((row) => row.length === size);
    if (!square(distance) || !square(duration)) {
      return fail('matrix-not-square', `distance and duration must both be ${size}×${size}`);
    }
    for (const m of [distance, duration]) {
      for (const row of m) {
        if (!row.every((x) => finite(x) && x >= 0)) {
          return fail('bad-matrix-value', 'matrix entries must be finite and non-negative');
        }
      }
    }
  }
  const inMatrix = (i: number) => Number.isInteger(i) && i >= 0 && i < size;
  const vehicleIds = new Set<string | number>();
  for (const v of vehicles) {
    if (vehicleIds.has(v.id)) return fail('duplicate-id', `team id ${v.id} appears twice`);
    vehicleIds.add(v.id);
    if (!inMatrix(v.startIndex) || (v.endIndex !== undefined && !inMatrix(v.endIndex))) {
      return fail('index-outside-matrix', `team ${v.id}: start or end is not a matrix row`);
    }
    const [from, to] = v.shift;
    if (!finite(from) || !finite(to)) return fail('bad-number', `team ${v.id}: shift not numeric`);
    if (to < from) {
      return fail(
        'shift-ends-before-start',
        `team ${v.id}: shift ends (${to}) before it starts (${from})`,
      );
    }
    if (v.capacity !== undefined && !(finite(v.capacity) && v.capacity >= 0)) {
      return fail('bad-number', `team ${v.id}: capacity must be a non-negative number`);
    }
  }
  const stopIds = new Set<string | number>();
  for (const s of stops) {
    if (stopIds.has(s.id)) return fail('duplicate-id', `stop id ${s.id} appears twice`);
    stopIds.add(s.id);
    if (!inMatrix(s.index))
      return fail('index-outside-matrix', `stop ${s.id}: index ${s.index} is not a matrix row`);
    for (const w of s.windows ?? []) {
      if (!finite(w[0]) || !finite(w[1]))
        return fail('bad-number', `stop ${s.id}: window not numeric`);
      if (w[1] < w[0]) {
        return fail(
          'window-ends-before-start',
          `stop ${s.id}: window [${w[0]}, ${w[1]}] ends before it starts`,
        );
      }
    }
    const service = s.serviceSeconds ?? 0;
    const weight = s.weight ?? 1;
    const demand = s.demand ?? 0;
    if (!finite(service) || service < 0)
      return fail('bad-number', `stop ${s.id}: serviceSeconds must be ≥ 0`);
    if (!finite(weight) || weight <= 0)
      return fail('bad-number', `stop ${s.id}: weight must be > 0`);
    if (!finite(demand) || demand < 0)
      return fail('bad-number', `stop ${s.id}: demand must be ≥ 0`);
  }
  return { valid: true, size };
}
