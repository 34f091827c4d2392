import type { DistanceMatrix } from './euc-2d';
import type { NeighbourLists } from './neighbour-lists';
import { improveOrOpt } from './or-opt';
import type { Tour } from './tour';
import { improveTwoOpt } from './two-opt';

/**
 * 2-opt and Or-opt to a local optimum with don't-look bits kept as a FIFO queue: only cities
 * whose edges changed are looked at again, so after a local kick the search touches a
 * handful of cities instead of all n.
 */
export class LocalSearch {
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private size = 0;

  constructor(
    private readonly m: DistanceMatrix,
    private readonly neighbours: NeighbourLists,
  ) {
    this.queue = new Int32Array(m.n);
    this.queued = new Uint8Array(m.n);
  }

  push(city: number): void {
    if (this.queued[city]) return;
    this.queued[city] = 1;
    this.queue[(this.head + this.size) % this.m.n] = city;
    this.size++;
  }

  pushAll(): void {
    for (let c = 0; c < this.m.n; c++) this.push(c);
  }

  run(tour: Tour): void {
    while (this.size > 0) {
      const a = this.queue[this.head] as number;
      this.head = (this.head + 1) % this.m.n;
      this.size--;
      this.queued[a] = 0;
      const changed =
        improveTwoOpt(tour, this.m, this.neighbours, a) ??
        improveOrOpt(tour, this.m, this.neighbours, a);
      if (changed) for (const c of changed) this.push(c);
    }
  }
}
