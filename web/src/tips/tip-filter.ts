import { tipStatuses } from '@ntm/db/schema/values';
import { vietnamDayStart, vietnamYear } from '@ntm/domain/clock/vietnam-day';
import { closedStatuses } from '@ntm/domain/tips/workflow';
import type { ExpressionSpecification } from 'maplibre-gl';
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

/** How many of the open tips the panel lists, most urgent first. */
export const listedTips = 15;

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

/** The window of receipt a filter keeps, [from, until) in epoch milliseconds (infinite if open). */
function receiptWindow(f: TipFilter, now: Date): { from: number; until: number } {
  const until =
    f.period === 'range' && f.to ? vietnamDayStart(f.to) + dayMs : Number.POSITIVE_INFINITY;
  return { from: since(f, now), until };
}

export function filterTips(tips: readonly Tip[], f: TipFilter, now: Date): Tip[] {
  const { from, until } = receiptWindow(f, now);
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

/** The same filter as GET /api/tips takes it, for the server to list a layer too large to send. */
export function tipFilterQuery(f: TipFilter, now: Date): Record<string, string> {
  const { from, until } = receiptWindow(f, now);
  const status =
    f.state === 'all'
      ? undefined
      : f.state === 'open'
        ? tipStatuses.filter((s) => !closedStatuses.includes(s)).join(',')
        : f.state;
  return Object.fromEntries(
    Object.entries({
      status,
      from: Number.isFinite(from) ? new Date(from).toISOString() : undefined,
      to: Number.isFinite(until) ? new Date(until).toISOString() : undefined,
      category: f.category === 'all' ? undefined : f.category,
      channel: f.channel === 'all' ? undefined : f.channel,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * The same filter over the tips' vector tiles, as a MapLibre expression: the tiles carry
 * `receivedAt` and `deadline` as ISO instants to the millisecond, which compare as text.
 */
export function tipFilterExpression(f: TipFilter, now: Date): ExpressionSpecification {
  const { from, until } = receiptWindow(f, now);
  const text = (key: string): ExpressionSpecification => ['to-string', ['get', key]];
  const parts: ExpressionSpecification[] = [];
  if (f.state === 'open') parts.push(['has', 'deadline']);
  else if (f.state !== 'all') parts.push(['==', text('status'), f.state]);
  if (Number.isFinite(from)) parts.push(['>=', text('receivedAt'), new Date(from).toISOString()]);
  if (Number.isFinite(until)) parts.push(['<', text('receivedAt'), new Date(until).toISOString()]);
  if (f.category !== 'all') parts.push(['==', text('category'), f.category]);
  if (f.channel !== 'all') parts.push(['==', text('channel'), f.channel]);
  return ['all', ...parts];
}
