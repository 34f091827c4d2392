// Indicator đ: tips received, classified and handled or transferred.
import { type TipCase, tipCases } from '@ntm/db/queries/indicators';
import { type IndicatorContext, indicator, tipStatusNames } from './common';
import { shareOf, tipStatus } from './status';
import { openTipClock, resolvedBy } from './tip-states';
import type { DueItem, Indicator } from './types';
import { dayOf, endOfDay, instantOf, monthsUpTo, startOfDay, viDay } from './year-clock';

/** The tips received from 1 January to the end of asOf, linked duplicates left out. */
export const yearTips = (ctx: IndicatorContext) =>
  tipCases(ctx.sql, ctx.communeCode, startOfDay(`${ctx.year}-01-01`), endOfDay(ctx.asOf));

/**
 * đ) "100% tin báo, tố giác, phản ánh … được tiếp nhận, phân loại, xử lý hoặc chuyển cơ quan có
 * thẩm quyền xử lý": of the tips received from 1 January to asOf (a duplicate linked to an
 * earlier tip is the same case and counts once), the share resolved by then: handled,
 * transferred to the competent authority, or closed as unfounded (tips/workflow.ts isClosed).
 * Target 100%; on-track while every open tip is within its stage deadline, behind once one is
 * overdue; no-data before the first tip. The drill-down lists the open tips, most urgent first,
 * with only their number, dates and state: never what they say, where, or who told.
 */
export function tipIndicator(ctx: IndicatorContext, tips: TipCase[]): Indicator {
  const resolved = tips.filter((t) => resolvedBy(t, ctx.at)).length;
  const open = tips
    .filter((t) => !resolvedBy(t, ctx.at))
    .map((t) => ({ tip: t, ...openTipClock(t, ctx.at, ctx.rules) }))
    .sort(
      (a, b) =>
        (a.deadline?.getTime() ?? Number.POSITIVE_INFINITY) -
          (b.deadline?.getTime() ?? Number.POSITIVE_INFINITY) || a.tip.id - b.tip.id,
    );
  const overdue = open.filter((o) => o.due === 'overdue').length;
  const due: DueItem[] = open.map((o) => {
    const deadline = o.deadline ? dayOf(o.deadline) : undefined;
    const late = o.due === 'overdue';
    return {
      kind: 'tip',
      id: o.tip.id,
      label: `Tin báo số ${o.tip.id}`,
      note: `${tipStatusNames[o.status] ?? o.status}; ${
        deadline ? `${late ? 'quá hạn từ' : 'hạn'} ${viDay(deadline)}` : 'chưa có hạn'
      }`,
      since: dayOf(o.tip.receivedAt),
      ...(deadline ? { deadline } : {}),
      overdue: late,
    };
  });
  return indicator({
    code: 'đ',
    name: 'Tin báo, tố giác, phản ánh được tiếp nhận, phân loại, xử lý hoặc chuyển cơ quan có thẩm quyền',
    kind: 'share',
    value: shareOf(resolved, tips.length),
    target: 1,
    status: tipStatus(tips.length, resolved, overdue),
    numerator: resolved,
    denominator: tips.length,
    trend: monthsUpTo(ctx.asOf).map(({ month, until }) => {
      const at = instantOf(until, ctx.at);
      const received = tips.filter((t) => Date.parse(t.receivedAt) <= at.getTime());
      return {
        month,
        value: shareOf(received.filter((t) => resolvedBy(t, at)).length, received.length),
      };
    }),
    due,
  });
}
