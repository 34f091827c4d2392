// Where businesses (and tips without one) are drawn around: along QL38B and the provincial
// roads, near village centres (by population) and near the worker-housing areas.

import type { Random } from '@ntm/solver/random';
import type { Anchor } from './business-catalogue';
import type { DemoGeography } from './demo-geography';
import type { Vec } from './local-frame';
import { pointAlong, polylineLength } from './plane';

export class BusinessAnchors {
  private readonly national: Vec[];
  private readonly nationalLength: number;
  private readonly provincial: Array<{ line: Vec[]; length: number }>;
  private readonly provincialLength: number;
  private readonly centres: Vec[];
  private readonly cumulativePopulation: number[];
  private readonly housing: Vec[];

  constructor(geography: DemoGeography) {
    this.national = geography.roadNetwork.national;
    this.nationalLength = polylineLength(this.national);
    this.provincial = geography.roadNetwork.provincial.map((line) => ({
      line,
      length: polylineLength(line),
    }));
    this.provincialLength = this.provincial.reduce((sum, p) => sum + p.length, 0);
    this.centres = geography.villagePlans.map((v) => v.centre);
    let running = 0;
    this.cumulativePopulation = geography.villagePlans.map((v) => {
      running += v.population;
      return running;
    });
    this.housing =
      geography.workerHousingCentres.length > 0 ? geography.workerHousingCentres : this.centres;
  }

  /** A village centre index, drawn in proportion to population. */
  villageByPopulation(random: Random): number {
    const total = this.cumulativePopulation[this.cumulativePopulation.length - 1] as number;
    const target = random.next() * total;
    let lo = 0;
    let hi = this.cumulativePopulation.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulativePopulation[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  villageCentre(index: number): Vec {
    return this.centres[index] as Vec;
  }

  /** A candidate spot near the anchor; the caller checks it is well inside a village. */
  near(random: Random, anchor: Anchor): Vec {
    switch (anchor) {
      case 'national':
        return this.besideRoad(random, this.national, random.next() * this.nationalLength);
      case 'provincial': {
        let along = random.next() * this.provincialLength;
        for (const { line, length } of this.provincial) {
          if (along <= length) return this.besideRoad(random, line, along);
          along -= length;
        }
        return this.besideRoad(random, this.national, random.next() * this.nationalLength);
      }
      case 'village':
        return this.scatter(random, this.villageCentre(this.villageByPopulation(random)), 170);
      case 'worker-housing':
        return this.scatter(random, random.pick(this.housing), 140);
    }
  }

  /** Gaussian scatter of `sigmaMeters` around a point. */
  scatter(random: Random, centre: Vec, sigmaMeters: number): Vec {
    return [centre[0] + random.normal() * sigmaMeters, centre[1] + random.normal() * sigmaMeters];
  }

  /** A frontage lot 12–70 m off the road, on either side. */
  private besideRoad(random: Random, line: readonly Vec[], along: number): Vec {
    const { point, direction } = pointAlong(line, along);
    const offset = random.range(12, 70) * (random.chance(0.5) ? 1 : -1);
    return [point[0] - direction[1] * offset, point[1] + direction[0] * offset];
  }
}
