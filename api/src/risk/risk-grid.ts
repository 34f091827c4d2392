import { type Cell, cellKey, cellPolygon, type HexGrid } from '../geo/hex';
import type { ExplainedFactor } from './explain';
import { type BusinessType, type FactorCode, riskLevel } from './factors';
import { typeNames } from './score-businesses';

// The risk surface: each hexagonal cell's score combines its businesses' scores as the chance
// that at least one of them is a problem, 100·(1 − Π(1 − sᵢ/100)): one business of 70 gives
// 70, two of 50 give 75, an empty cell 0. The cell's score is shared out among the factors in
// proportion to the points its businesses got for each, so the contributions add up to it.

/** A scored business as the grid reads it, with how many tips and findings are behind it. */
export type GridBusiness = {
  id: number;
  name: string;
  type: BusinessType;
  lngLat: readonly [number, number];
  riskScore: number;
  factors: readonly ExplainedFactor[];
  tips: number;
  violations: number;
};

const tenths = (n: number) => Math.round(n * 10);

/** Combined score of a cell's business scores, to 0.1. */
export function combineScores(scores: readonly number[]): number {
  const clear = scores.reduce((product, s) => product * (1 - s / 100), 1);
  return tenths(100 * (1 - clear)) / 10;
}

/** Shares `score` out in proportion to `weights`, in tenths that add up exactly (remainder to the largest). */
export function apportion(score: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return weights.map(() => 0);
  const parts = weights.map((w) => tenths((score * w) / total));
  const largest = weights.indexOf(Math.max(...weights));
  parts[largest] = (parts[largest] as number) + tenths(score) - parts.reduce((s, p) => s + p, 0);
  return parts.map((p) => p / 10);
}

function countTypes(businesses: readonly GridBusiness[]) {
  const counts = new Map<BusinessType, number>();
  for (const b of businesses) counts.set(b.type, (counts.get(b.type) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${n} ${typeNames[type]}`)
    .join(', ');
}

/** A plain Vietnamese sentence about one factor over the cell's businesses that have it. */
function cellSentence(code: FactorCode, having: readonly GridBusiness[], seasonNames: string[]) {
  const n = having.length;
  switch (code) {
    case 'type':
      return `${n} cơ sở thuộc loại hình dễ bị lợi dụng: ${countTypes(having)}`;
    case 'border-area':
      return `${n} cơ sở nằm trong hoặc gần địa bàn giáp ranh`;
    case 'traffic-route':
      return `${n} cơ sở gần tuyến giao thông trọng điểm`;
    case 'tourist-area':
      return `${n} cơ sở trong hoặc gần khu du lịch`;
    case 'worker-housing':
      return `${n} cơ sở trong hoặc gần khu nhà trọ công nhân`;
    case 'similar-nearby':
      return `${n} cơ sở có nhiều cơ sở cùng loại ở gần (trong 300 m)`;
    case 'recent-tips':
      return `${having.reduce((s, b) => s + b.tips, 0)} tin báo độc lập gần đây về ${n} cơ sở`;
    case 'past-violations':
      return `${having.reduce((s, b) => s + b.violations, 0)} lần phát hiện vi phạm hoặc dấu hiệu khi kiểm tra tại ${n} cơ sở`;
    case 'registry-mismatch':
      return `${n} cơ sở có ngành nghề đăng ký khác hoạt động thực tế (dấu hiệu trá hình)`;
    case 'season':
      return `Ngày được chọn thuộc ${seasonNames.join(', ') || 'mùa cao điểm'}, lúc hoạt động tăng`;
  }
}

/** One cell's score, level, busiest business and factors. */
export function scoreCell(businesses: readonly GridBusiness[], seasonNames: string[]) {
  const riskScore = combineScores(businesses.map((b) => b.riskScore));
  const byFactor = new Map<
    FactorCode,
    { points: number; having: GridBusiness[]; lower: string | null }
  >();
  for (const b of businesses) {
    for (const f of b.factors) {
      const entry = byFactor.get(f.factor) ?? { points: 0, having: [], lower: null };
      entry.points += f.contribution;
      entry.having.push(b);
      entry.lower ??= f.lower;
      byFactor.set(f.factor, entry);
    }
  }
  const codes = [...byFactor.keys()];
  const contributions = apportion(
    riskScore,
    codes.map((code) => byFactor.get(code)?.points ?? 0),
  );
  const factors = codes
    .map((code, i) => {
      const entry = byFactor.get(code) as { having: GridBusiness[]; lower: string | null };
      return {
        factor: code,
        contribution: contributions[i] as number,
        explanation: cellSentence(code, entry.having, seasonNames),
        lower: entry.lower,
      };
    })
    .filter((f) => f.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution);
  const top = businesses.reduce<GridBusiness | null>(
    (best, b) => (best === null || b.riskScore > best.riskScore ? b : best),
    null,
  );
  return {
    riskScore,
    riskLevel: riskLevel(riskScore),
    businesses: businesses.length,
    top: top && { id: top.id, name: top.name, riskScore: top.riskScore },
    factors,
  };
}

/** The risk surface as GeoJSON features, one per cell of the study area, in the cells' order. */
export function riskGrid(
  grid: HexGrid,
  cells: readonly Cell[],
  businesses: readonly GridBusiness[],
  seasonNames: string[],
) {
  const inCell = new Map<string, GridBusiness[]>(cells.map((c) => [cellKey(c), []]));
  for (const b of businesses) inCell.get(cellKey(grid.cellOf(b.lngLat)))?.push(b);
  return cells.map((cell) => {
    const key = cellKey(cell);
    return {
      type: 'Feature' as const,
      id: key,
      geometry: cellPolygon(grid, cell),
      properties: { cell: key, ...scoreCell(inCell.get(key) ?? [], seasonNames) },
    };
  });
}
