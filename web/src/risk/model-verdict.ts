/**
 * Whether the model beats the plain baseline (cells ranked by how many businesses they hold) in
 * the backtest: a model that only matches it must say so. Hit rates are compared as the card
 * shows them, to 0.1 %: 28,9 % against 28,9 % is "no better", whatever the fourth decimal. The
 * same hit rate means the same PAI (the top tenth of the cells is the same area), so the hit
 * rate decides. Null when either rate is missing (a season without events).
 */
export function modelVerdict(
  hitRate: number | null,
  baseline: number | null,
): 'better' | 'same' | 'worse' | null {
  if (hitRate === null || baseline === null) return null;
  const shown = (v: number) => Math.round(v * 1000);
  if (shown(hitRate) > shown(baseline)) return 'better';
  if (shown(hitRate) < shown(baseline)) return 'worse';
  return 'same';
}
