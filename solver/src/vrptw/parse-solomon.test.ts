import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchFile } from '../bench-file.test-helper';
import { parseSolomon } from './parse-solomon';

const sample = (rows: string) =>
  `T1\n\nVEHICLE\nNUMBER     CAPACITY\n  3         50\n\nCUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n${rows}`;

describe('parseSolomon', () => {
  it('reads the benchmark files, including R101 with its different spacing', () => {
    for (const name of ['C101', 'R101', 'RC101']) {
      const instance = parseSolomon(readFileSync(benchFile(`solomon/${name}.txt`), 'utf8'));
      expect(instance.vehicles).toBe(25);
      expect(instance.capacity).toBe(200);
      expect(instance.nodes).toHaveLength(101);
      expect(instance.nodes.map((n) => n.id)).toEqual(Array.from({ length: 101 }, (_, i) => i));
    }
  });

  it('reads depot and customers by number', () => {
    const instance = parseSolomon(sample('0 40 50 0 0 240 0\n1 45 68 10 912 967 90\n'));
    expect(instance.nodes[1]).toEqual({
      id: 1,
      x: 45,
      y: 68,
      demand: 10,
      ready: 912,
      due: 967,
      service: 90,
    });
  });

  it('rejects rows out of order, short rows, closed windows and a missing fleet', () => {
    expect(() => parseSolomon(sample('0 40 50 0 0 240 0\n2 45 68 10 912 967 90\n'))).toThrow(
      /number 2/,
    );
    expect(() => parseSolomon(sample('0 40 50 0 0 240 0\n1 45 68 10 912 967\n'))).toThrow(
      /bad customer row/,
    );
    expect(() => parseSolomon(sample('0 40 50 0 0 240 0\n1 45 68 10 967 912 90\n'))).toThrow(
      /closes before/,
    );
    expect(() => parseSolomon('T1\nCUSTOMER\n')).toThrow(/VEHICLE/);
    expect(() => parseSolomon(sample('0 40 50 0 0 240 0\n'))).toThrow(/no customers/);
  });
});
