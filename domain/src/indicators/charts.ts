// The dashboard's charts for a year up to asOf (contract: IndicatorCharts in types.ts).
import { inspectionCounts, type TipCase } from '@ntm/db/queries/indicators';
import { localEventsOf } from '@ntm/db/queries/local-events';
import { businessTypes, tipStatuses } from '@ntm/db/schema/values';
import { vietnamClock } from '../clock/vietnam-day';
import { seasonsOf } from '../seasons/seasons';
import type { IndicatorContext } from './common';
import { shareOf } from './status';
import { classifiedBy, resolvedBy, statusAt, verifiedBy } from './tip-states';
import type { IndicatorCharts } from './types';
import { endOfDay, monthsUpTo, startOfDay } from './year-clock';

/** The seasons of the year to shade (national ones, then the commune's own events). */
export async function seasonBands(ctx: IndicatorContext): Promise<IndicatorCharts['seasons']> {
  const events = await localEventsOf(ctx.sql, ctx.communeCode, ctx.year);
  return [
    ...seasonsOf(ctx.year).map((s) => ({ key: s.code, name: s.name, from: s.from, to: s.to })),
    ...events.map((e) => ({ key: `event-${e.id}`, name: e.name, from: e.from, to: e.to })),
  ];
}

/** The tip charts, from the same cases as indicator đ (duplicates once), states as of ctx.at. */
export function tipCharts(ctx: IndicatorContext, tips: TipCase[]) {
  const tipFunnel: IndicatorCharts['tipFunnel'] = [
    { stage: 'received', count: tips.length },
    { stage: 'verified', count: tips.filter((t) => verifiedBy(t, ctx.at)).length },
    { stage: 'classified', count: tips.filter((t) => classifiedBy(t, ctx.at)).length },
    { stage: 'resolved', count: tips.filter((t) => resolvedBy(t, ctx.at)).length },
  ];
  const tipsByStatus = tipStatuses.map((status) => ({
    status,
    count: tips.filter((t) => statusAt(t, ctx.at) === status).length,
  }));
  const handledRateByMonth = monthsUpTo(ctx.asOf).map(({ month }) => {
    const inMonth = tips.filter((t) => startOfMonthOf(t.receivedAt) === month);
    const resolved = inMonth.filter((t) => resolvedBy(t, ctx.at)).length;
    return { month, received: inMonth.length, resolved, share: shareOf(resolved, inMonth.length) };
  });
  return { tipFunnel, tipsByStatus, handledRateByMonth };
}

/** The Vietnam month ("YYYY-MM") of an instant. */
const startOfMonthOf = (iso: string) => vietnamClock(iso).toISOString().slice(0, 7);

/** Recorded inspections per month (scheduled, surprise, with a violation) and per business type. */
export async function inspectionCharts(ctx: IndicatorContext) {
  const rows = await inspectionCounts(
    ctx.sql,
    ctx.communeCode,
    startOfDay(`${ctx.year}-01-01`),
    endOfDay(ctx.asOf),
  );
  const inspectionsByMonth = monthsUpTo(ctx.asOf).map(({ month }) => {
    const of = rows.filter((r) => r.month === month);
    const sum = (pick: (r: (typeof of)[number]) => number) => of.reduce((s, r) => s + pick(r), 0);
    return {
      month,
      scheduled: sum((r) => (r.kind === 'scheduled' ? r.inspections : 0)),
      surprise: sum((r) => (r.kind === 'surprise' ? r.inspections : 0)),
      violations: sum((r) => r.withViolation),
    };
  });
  const violationsByType = businessTypes.map((type) => {
    const of = rows.filter((r) => r.businessType === type);
    return {
      type,
      inspections: of.reduce((s, r) => s + r.inspections, 0),
      violations: of.reduce((s, r) => s + r.withViolation, 0),
    };
  });
  return { inspectionsByMonth, violationsByType };
}
