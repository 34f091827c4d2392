/**
 * The plain API the route-planning endpoint calls. Times are seconds of the day, distances
 * metres; `index` / `startIndex` / `endIndex` are rows of the travel matrix.
 */
export type TravelMatrix =
  | {
      /** Number of rows; needed when the matrix is given as functions. */
      size: number;
      distance: (from: number, to: number) => number;
      duration: (from: number, to: number) => number;
    }
  | { distance: number[][]; duration: number[][] };

export type RouteStopInput = {
  id: string | number;
  index: number;
  /** Start-of-service intervals (opening hours); none given means any time in the shift. */
  windows?: [number, number][];
  serviceSeconds?: number;
  /** Priority, e.g. the risk score; > 0, default 1. Left-out weight is minimised first. */
  weight?: number;
  /** Load it takes (default 0); only matters when vehicles have a capacity. */
  demand?: number;
};

export type RouteVehicleInput = {
  id: string | number;
  startIndex: number;
  /** Where the shift ends; the start by default (a round back to the station). */
  endIndex?: number;
  shift: [number, number];
  capacity?: number;
};

export type RoutesInput = {
  matrix: TravelMatrix;
  stops: RouteStopInput[];
  vehicles: RouteVehicleInput[];
  /** Default 1,000 ms. */
  timeBudgetMs?: number;
  seed?: number;
  /**
   * Stop after this many search steps (ruin-and-recreate iterations). Set it when the same
   * seed must give the same plan whatever the machine's speed; `timeBudgetMs` still caps it.
   */
  maxIterations?: number;
  /**
   * 0 (default) to 0.5: each leg's cost is scaled by a seeded factor in [1 − jitter,
   * 1 + jitter] while searching, so different seeds give different, still feasible orders
   * (a round should not be predictable). Reported distances are always the true ones.
   */
  jitter?: number;
};

/** Largest plan accepted; the planner screen works with a few hundred stops. */
export const maxStops = 1000;
export const maxVehicles = 100;
export const maxTimeBudgetMs = 60_000;
