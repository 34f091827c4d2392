import { vietnamDayStart, vietnamYear } from '@ntm/domain/clock/vietnam-day';
import type { Tip, TipCategory, TipChannel, TipStatus } from '../api/tip-client';

/** What the map shows of the tips: open or all, how far back, which category and channel. */
export type TipFilter = {
  /** Open ones, all, or one state of the workflow. */
  state: 'open' | 'all' | TipStatus;
  period: '30d' | '90d' | 'year' | 'all' | 'range';
  /** With period 'range': the first and last day received (YYYY-MM-DD, Vietnam time); '' is open. */
  from: string;
  to: string;
  category: TipCategory | 'all';
  channel: TipChannel | 'all';
};

/** The day's work first: open tips of any age. */
export const defaultTipFilter: TipFilter = {
  state: 'open',
  period: 'all',
  from: '',
  to: '',
  category: 'all',
  channel: 'all',
};

const dayMs = 86_400_000;

function since(f: TipFilter, now: Date): number {
  const { period } = f;
  if (period === 'range') return f.from ? vietnamDayStart(f.from) : Number.NEGATIVE_INFINITY;
  if (period === '30d') return now.getTime() - 30 * dayMs;
  if (period === '90d') return now.getTime() - 90 * dayMs;
  // The year in Vietnam time: from 1 January 00:00 (UTC+7).
  if (period === 'year') return vietnamDayStart(`${vietnamYear(now)}-01-01`);
  return Number.NEGATIVE_INFINITY;
}

export function filterTips(tips: readonly Tip[], f: TipFilter, now: Date): Tip[] {
  const from = since(f, now);
  const until =
    f.period === 'range' && f.to ? vietnamDayStart(f.to) + dayMs : Number.POSITIVE_INFINITY;
  return tips.filter(
    (tip) =>
      (f.state === 'all' ||
        (f.state === 'open'
          ? tip.properties.deadline !== null
          : tip.properties.status === f.state)) &&
      Date.parse(tip.properties.receivedAt) >= from &&
      Date.parse(tip.properties.receivedAt) < until &&
      (f.category === 'all' || tip.properties.category === f.category) &&
      (f.channel === 'all' || tip.properties.channel === f.channel),
  );
}
