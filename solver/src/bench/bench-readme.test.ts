import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchFile } from '../bench-file.test-helper';
import { readBenchReadme } from './bench-readme';

describe('readBenchReadme', () => {
  it('reads every instance of the bench README: TSPLIB, Solomon series 1 and series 2', () => {
    const { tsp, vrptw } = readBenchReadme(readFileSync(benchFile('README.md'), 'utf8'));
    expect(tsp.map((t) => t.name)).toEqual(['eil51', 'berlin52', 'st70', 'kroA100', 'a280']);
    expect(vrptw).toHaveLength(22);
    // Series 1 rows carry a `fleet / capacity` cell before the best-known one.
    expect(vrptw[0]).toEqual({ name: 'C101', vehicles: 10, distance: 828.94 });
    expect(vrptw.find((v) => v.name === 'R204')).toEqual({
      name: 'R204',
      vehicles: 2,
      distance: 825.52,
    });
  });
});
