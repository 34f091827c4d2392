// Benjamini–Hochberg false-discovery-rate correction for the hot-spot classes: with m cells
// tested, the p-values sorted p(1) ≤ … ≤ p(m), the threshold at level α is the largest p(k)
// with p(k) ≤ k·α/m, and a cell is significant when its p is at most that threshold. Many
// cells are tested at once, so without it about one cell in ten would look "hot" at 90% by
// chance alone.

/** The classes of a cell, strongest first within hot and cold. */
export type HotSpotClass =
  | 'hot-99'
  | 'hot-95'
  | 'hot-90'
  | 'not-significant'
  | 'cold-90'
  | 'cold-95'
  | 'cold-99';

/** Confidence levels in percent and their α, strongest first. */
const confidenceLevels = [
  { level: 99, alpha: 0.01 },
  { level: 95, alpha: 0.05 },
  { level: 90, alpha: 0.1 },
] as const;

/** The BH threshold for α over all p-values; −1 when no p-value passes (nothing significant). */
export function bhThreshold(pValues: readonly number[], alpha: number): number {
  const sorted = [...pValues].sort((a, b) => a - b);
  const m = sorted.length;
  let threshold = -1;
  sorted.forEach((p, i) => {
    if (p <= ((i + 1) * alpha) / m) threshold = p;
  });
  return threshold;
}

/** Every cell's class: the sign of z and the strongest level at which its p passes BH. */
export function fdrClasses(cells: readonly { z: number; p: number }[]): HotSpotClass[] {
  const ps = cells.map((c) => c.p);
  const thresholds = confidenceLevels.map(({ level, alpha }) => ({
    level,
    threshold: bhThreshold(ps, alpha),
  }));
  return cells.map(({ z, p }) => {
    const passed = thresholds.find((t) => p <= t.threshold);
    if (!passed || z === 0) return 'not-significant';
    return `${z > 0 ? 'hot' : 'cold'}-${passed.level}` as HotSpotClass;
  });
}
