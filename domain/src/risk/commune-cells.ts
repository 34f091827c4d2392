import type { Sql } from '@ntm/db/client';
import { communeBbox, communeGridOrigin } from '@ntm/db/queries/commune-grid';
import { cellsTouchingCommune } from '@ntm/db/queries/hex';
import { DomainError } from '../domain-error';
import { type Cell, HexGrid } from '../geo/hex';

/**
 * The commune's hexagonal grid and the cells whose outline touches its boundary, row by row.
 * The origin comes from communeGridOrigin (its centroid rounded to 0.01°), as in the backtest,
 * so the risk surface, the hot spots and the backtest share their cells.
 */
export async function communeCells(sql: Sql, communeCode: string, cellMeters: number) {
  const origin = await communeGridOrigin(sql, communeCode);
  const bbox = await communeBbox(sql, communeCode);
  if (!origin || !bbox)
    throw new DomainError(404, 'no-boundary', 'Chưa có ranh giới xã để chia ô lưới');
  const grid = new HexGrid(origin, cellMeters);
  const candidates = grid.cellsCovering(bbox);
  const touching = await cellsTouchingCommune(
    sql,
    communeCode,
    candidates.map((cell) => grid.ring(cell)),
  );
  return { grid, cells: touching.map((i) => candidates[i] as Cell) };
}
