import { describe, expect, it } from 'vitest';
import { cellKey, HexGrid, roundAxial } from './hex';

const origin = [106.33, 20.72] as const;
/** The axial steps (dq, dr) from a cell to its six neighbours. */
const neighbourSteps = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, -1],
  [-1, 1],
] as const;

describe('hexagonal cells', () => {
  it('puts a cell’s own centre and corners-minus-a-little in that cell', () => {
    const grid = new HexGrid(origin, 250);
    for (const cell of [
      { q: 0, r: 0 },
      { q: 3, r: -2 },
      { q: -5, r: 7 },
    ]) {
      expect(grid.cellOf(grid.centre(cell))).toEqual(cell);
      const [cx, cy] = grid.centreOnPlane(cell);
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 180) * (30 + 60 * i);
        const inside = grid.toLngLat([
          cx + 0.95 * grid.size * Math.cos(a),
          cy + 0.95 * grid.size * Math.sin(a),
        ]);
        expect(grid.cellOf(inside)).toEqual(cell);
      }
    }
  });

  it('spaces neighbouring centres cellMeters apart, six neighbours all round', () => {
    const grid = new HexGrid(origin, 400);
    for (const [dq, dr] of neighbourSteps) {
      expect(grid.distance({ q: 0, r: 0 }, { q: dq, r: dr })).toBeCloseTo(400, 6);
    }
    expect(grid.cellArea).toBeCloseTo((Math.sqrt(3) / 2) * 400 ** 2, 6);
  });

  it('assigns every point to the cell whose centre is nearest', () => {
    const grid = new HexGrid(origin, 300);
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const p = [origin[0] + (random() - 0.5) * 0.05, origin[1] + (random() - 0.5) * 0.05] as const;
      const cell = grid.cellOf(p);
      const [x, y] = grid.toPlane(p);
      const [cx, cy] = grid.centreOnPlane(cell);
      const own = Math.hypot(x - cx, y - cy);
      for (const [dq, dr] of neighbourSteps) {
        const [nx, ny] = grid.centreOnPlane({ q: cell.q + dq, r: cell.r + dr });
        expect(own).toBeLessThanOrEqual(Math.hypot(x - nx, y - ny) + 1e-9);
      }
    }
  });

  it('covers a box with cells whose union holds every point in it', () => {
    const grid = new HexGrid(origin, 500);
    const box = [106.3, 20.7, 106.36, 20.75] as const;
    const keys = new Set(grid.cellsCovering(box).map(cellKey));
    for (let i = 0; i <= 20; i++) {
      for (let j = 0; j <= 20; j++) {
        const p = [
          box[0] + ((box[2] - box[0]) * i) / 20,
          box[1] + ((box[3] - box[1]) * j) / 20,
        ] as const;
        expect(keys.has(cellKey(grid.cellOf(p)))).toBe(true);
      }
    }
  });

  it('rounds ties and negative zero the same way every time', () => {
    expect(roundAxial(-0.2, 0.1)).toEqual({ q: 0, r: 0 });
    expect(Object.is(roundAxial(-0.2, 0.1).q, 0)).toBe(true);
    expect(() => new HexGrid(origin, 0)).toThrow(RangeError);
  });

  it('closes each ring with six corners', () => {
    const ring = new HexGrid(origin, 250).ring({ q: 1, r: 1 });
    expect(ring).toHaveLength(7);
    expect(ring[6]).toEqual(ring[0]);
  });
});
