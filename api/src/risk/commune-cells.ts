import type { Sql } from '@ntm/db/client';
import { cellsTouchingCommune, gridFrame } from '@ntm/db/queries/hex';
import { type Cell, HexGrid } from '../geo/hex';
import { ApiError } from '../lib/api-error';

/**
 * The commune's hexagonal grid (origin: its centroid rounded to 0.01°) and the cells whose
 * outline touches its boundary, row by row. The one helper the risk surface, the hot spots and
 * the backtest use, so their cells are the same.
 */
export async function communeCells(sql: Sql, communeCode: string, cellMeters: number) {
  const frame = await gridFrame(sql, communeCode);
  if (!frame) throw new ApiError(404, 'no-boundary', 'Chưa có ranh giới xã để chia ô lưới');
  const grid = new HexGrid(frame.origin, cellMeters);
  const candidates = grid.cellsCovering(frame.bbox);
  const touching = await cellsTouchingCommune(
    sql,
    communeCode,
    candidates.map((cell) => grid.ring(cell)),
  );
  return { grid, cells: touching.map((i) => candidates[i] as Cell) };
}
