import type { Tip, TipCategory, TipChannel } from '../api/tip-client';

/** What the map shows of the tips: open or all, how far back, which category and channel. */
export type TipFilter = {
  state: 'open' | 'all';
  period: '30d' | '90d' | 'year' | 'all';
  category: TipCategory | 'all';
  channel: TipChannel | 'all';
};

/** The day's work first: open tips of any age. */
export const defaultTipFilter: TipFilter = {
  state: 'open',
  period: 'all',
  category: 'all',
  channel: 'all',
};

const dayMs = 86_400_000;

function since(period: TipFilter['period'], now: Date): number {
  if (period === '30d') return now.getTime() - 30 * dayMs;
  if (period === '90d') return now.getTime() - 90 * dayMs;
  // The year in Vietnam time: from 1 January 00:00 (UTC+7).
  if (period === 'year')
    return Date.UTC(new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear(), 0, 1) - 7 * 3_600_000;
  return Number.NEGATIVE_INFINITY;
}

export function filterTips(tips: readonly Tip[], f: TipFilter, now: Date): Tip[] {
  const from = since(f.period, now);
  return tips.filter(
    (tip) =>
      (f.state === 'all' || tip.properties.deadline !== null) &&
      Date.parse(tip.properties.receivedAt) >= from &&
      (f.category === 'all' || tip.properties.category === f.category) &&
      (f.channel === 'all' || tip.properties.channel === f.channel),
  );
}
