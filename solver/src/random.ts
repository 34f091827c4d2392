// The project's one seeded random generator (mulberry32), here because the solver is the
// dependency-free package every other one may import: the route planner, the risk plan's random
// share, the demo-data generator, the fuzz and the hot-spot goldens all draw from it. Nothing
// that must be reproducible touches Math.random: the same seed gives the same numbers.

/** Mixes a 32-bit integer (the finaliser of MurmurHash3). */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A 32-bit seed for one independent stream, from the run's seed and a path such as
 * `['business', 17]`. Streams let any record be regenerated alone (record 17 of a million
 * without drawing the first 16), which keeps `--scale` runs in flat memory.
 */
export function deriveSeed(seed: number, ...path: Array<string | number>): number {
  let h = mix32(seed ^ 0x9e3779b9);
  for (const part of path) {
    const text = String(part);
    for (let i = 0; i < text.length; i += 1) {
      h = mix32(h ^ text.charCodeAt(i)) + 0x6d2b79f5;
    }
    h = mix32(h ^ 0x2f);
  }
  return h >>> 0;
}

export class Random {
  private state: number;

  /** The stream of exactly this 32-bit seed. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream of one path under the run's seed (see deriveSeed). */
  static of(seed: number, ...path: Array<string | number>): Random {
    return new Random(deriveSeed(seed, ...path));
  }

  /** Uniform in [0, 1): mulberry32 by Tommy Ettinger. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer uniform in [0, count). */
  int(count: number): number {
    return Math.floor(this.next() * count);
  }

  /** Integer uniform in [min, max], both inclusive. */
  intBetween(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** A key drawn with the given (non-negative, not all zero) weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('weighted draw from no weights');
    return last[0];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = this.int(i + 1);
      const held = items[i] as T;
      items[i] = items[j] as T;
      items[j] = held;
    }
    return items;
  }
}

/**
 * The solver's stream for a run's `--seed`: the seed spread first (splitmix32's golden-ratio
 * step, then mix32), so neighbouring seeds (1, 2, 3…) do not give correlated streams.
 */
export const createRandom = (seed: number): Random => new Random(mix32((seed | 0) + 0x9e3779b9));
