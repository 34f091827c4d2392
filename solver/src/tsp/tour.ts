/**
 * A tour as an array of cities plus each city's position, so successor, predecessor and
 * "is between" are O(1). Moves rewrite the array: a reversal touches the shorter side (the
 * tour is undirected, so reversing the complement gives the same cycle), an Or-opt move
 * rebuilds the array once. For the hundreds of stops this solver plans that is cheap.
 */
export class Tour {
  readonly n: number;
  readonly order: Int32Array;
  readonly pos: Int32Array;

  constructor(order: Int32Array) {
    this.n = order.length;
    this.order = Int32Array.from(order);
    this.pos = new Int32Array(this.n);
    for (let k = 0; k < this.n; k++) this.pos[order[k] as number] = k;
  }

  succ(city: number): number {
    const k = (this.pos[city] as number) + 1;
    return this.order[k === this.n ? 0 : k] as number;
  }

  pred(city: number): number {
    const k = this.pos[city] as number;
    return this.order[k === 0 ? this.n - 1 : k - 1] as number;
  }

  /** Reverses the path from position i forward to position j (both inclusive, circular). */
  reverse(i: number, j: number): void {
    const n = this.n;
    let len = ((j - i + n) % n) + 1;
    if (len * 2 > n) {
      // Same cycle, fewer writes: reverse what lies outside [i, j] instead.
      const ni = (j + 1) % n;
      j = (i - 1 + n) % n;
      i = ni;
      len = n - len;
    }
    const { order, pos } = this;
    for (let s = 0; s < len >> 1; s++) {
      const a = order[i] as number;
      const b = order[j] as number;
      order[i] = b;
      pos[b] = i;
      order[j] = a;
      pos[a] = j;
      i = i + 1 === n ? 0 : i + 1;
      j = j === 0 ? n - 1 : j - 1;
    }
  }

  /**
   * Moves the path of `length` cities starting at position `from` so that it sits between
   * `left` and its successor once the path is taken out, starting with city `first` (one of
   * the path's two ends, so the path may be reversed on the way).
   */
  movePath(from: number, length: number, left: number, first: number): void {
    const { n, order, pos } = this;
    const path: number[] = [];
    for (let s = 0; s < length; s++) path.push(order[(from + s) % n] as number);
    if (path[0] !== first) path.reverse();
    const rest: number[] = [];
    for (let s = length; s < n; s++) rest.push(order[(from + s) % n] as number);
    let k = 0;
    for (const city of rest) {
      order[k++] = city;
      if (city === left) for (const p of path) order[k++] = p;
    }
    for (let s = 0; s < n; s++) pos[order[s] as number] = s;
  }
}
