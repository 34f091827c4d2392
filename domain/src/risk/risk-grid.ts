import { type Cell, cellKey, cellPolygon, type HexGrid } from '../geo/hex';
import type { ExplainedFactor } from './explain';
import { riskLevel } from './factors';

// The risk surface: each hexagonal cell scores what its riskiest business scores, with that
// business's factors. A business's score is a sum of points on one 0–100 scale (the levels'
// bands are set on it), not a probability, so scores are not combined: twelve businesses of 25
// make a cell of 25 ("medium"), not of 97 ("very high"), and the cell's card can say how its
// number is made: "the score of its highest business". How many businesses a cell holds is
// told beside it, and the heat and village views show where many of them gather.

/** A scored business as the grid reads it. */
export type GridBusiness = {
  id: number;
  name: string;
  lngLat: readonly [number, number];
  villageName: string;
  riskScore: number;
  factors: readonly ExplainedFactor[];
};

/** One cell's score and level (its riskiest business's), how many businesses, and the factors. */
export function scoreCell(businesses: readonly GridBusiness[]) {
  const top = businesses.reduce<GridBusiness | null>(
    (best, b) => (best === null || b.riskScore > best.riskScore ? b : best),
    null,
  );
  const riskScore = top?.riskScore ?? 0;
  return {
    riskScore,
    riskLevel: riskLevel(riskScore),
    businesses: businesses.length,
    top: top && {
      id: top.id,
      name: top.name,
      villageName: top.villageName,
      riskScore: top.riskScore,
    },
    factors: (top?.factors ?? []).filter((f) => f.contribution > 0),
  };
}

/** The risk surface as GeoJSON features, one per cell of the study area, in the cells' order. */
export function riskGrid(
  grid: HexGrid,
  cells: readonly Cell[],
  businesses: readonly GridBusiness[],
) {
  const inCell = new Map<string, GridBusiness[]>(cells.map((c) => [cellKey(c), []]));
  for (const b of businesses) inCell.get(cellKey(grid.cellOf(b.lngLat)))?.push(b);
  return cells.map((cell) => {
    const key = cellKey(cell);
    return {
      type: 'Feature' as const,
      id: key,
      geometry: cellPolygon(grid, cell),
      properties: { cell: key, ...scoreCell(inCell.get(key) ?? []) },
    };
  });
}
