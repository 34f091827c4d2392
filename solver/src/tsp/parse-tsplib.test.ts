import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchFile } from '../bench-file.test-helper';
import { euc2dMatrix, tourLength } from './euc-2d';
import { parseTsplib } from './parse-tsplib';

const header = (dimension: number | string, type = 'EUC_2D') =>
  `NAME : t\nTYPE : TSP\nDIMENSION : ${dimension}\nEDGE_WEIGHT_TYPE : ${type}\nNODE_COORD_SECTION\n`;

describe('parseTsplib', () => {
  it('reads the benchmark instances so that the identity tour has the README length', () => {
    const identity: Record<string, number> = {
      eil51: 1308,
      berlin52: 22205,
      st70: 3410,
      kroA100: 191387,
      a280: 2808,
    };
    for (const [name, length] of Object.entries(identity)) {
      const instance = parseTsplib(readFileSync(benchFile(`tsplib/${name}.tsp`), 'utf8'));
      const m = euc2dMatrix(instance.xs, instance.ys);
      expect(
        tourLength(
          m,
          Int32Array.from({ length: m.n }, (_, i) => i),
        ),
      ).toBe(length);
    }
  });

  it('rounds EUC_2D distances to the nearest integer', () => {
    const instance = parseTsplib(`${header(3)}1 0 0\n2 3 4.4\n3 0 2.5\nEOF\n`);
    const m = euc2dMatrix(instance.xs, instance.ys);
    expect(m.d[1]).toBe(5); // 5.38 → 5
    expect(m.d[2]).toBe(3); // 2.5 → 3
  });

  it('rejects a DIMENSION that does not match the coordinate lines', () => {
    expect(() => parseTsplib(`${header(4)}1 0 0\n2 1 1\n3 2 0\nEOF\n`)).toThrow(
      /DIMENSION is 4 but 3 coordinate lines/,
    );
    expect(() => parseTsplib(`${header(3)}1 0 0\n2 1 1\n3 2 0\n4 5 5\nEOF\n`)).toThrow(
      /outside 1..DIMENSION/,
    );
    expect(() => parseTsplib(`${header('many')}1 0 0\nEOF\n`)).toThrow(/not an integer/);
  });

  it('rejects edge weight types other than EUC_2D and other problem types', () => {
    expect(() => parseTsplib(`${header(3, 'GEO')}1 0 0\n2 1 1\n3 2 0\nEOF\n`)).toThrow(
      /GEO is not EUC_2D/,
    );
    expect(() => parseTsplib(header(3).replace('TYPE : TSP', 'TYPE : ATSP'))).toThrow(
      /ATSP is not TSP/,
    );
  });

  it('rejects repeated ids, malformed lines and a missing coordinate section', () => {
    expect(() => parseTsplib(`${header(3)}1 0 0\n1 1 1\n3 2 0\nEOF\n`)).toThrow(/appears twice/);
    expect(() => parseTsplib(`${header(3)}1 0 0\n2 1\n3 2 0\nEOF\n`)).toThrow(
      /bad coordinate line/,
    );
    expect(() => parseTsplib('NAME : t\nDIMENSION : 3\nEOF\n')).toThrow(/NODE_COORD_SECTION/);
  });
});
