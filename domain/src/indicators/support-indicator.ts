// Indicator d: people in need counselled and connected to support services. Counts only, from
// behind the support wall (ntm_support_counts); suppressed for every role but health.
import { supportCounts } from '@ntm/db/queries/support';
import { addDays } from '../clock/vietnam-day';
import { suppressTable } from '../support/suppress';
import { firstDay, type IndicatorContext, indicator } from './common';
import { plainStatus, shareOf } from './status';
import type { Indicator } from './types';
import { monthsUpTo } from './year-clock';

export const supportTarget = 0.8;

/** Eligible and reached over the whole commune for [from, until] (days, inclusive). */
export async function supportTotals(ctx: IndicatorContext, from: string, until: string) {
  const rows = await supportCounts(ctx.sql, ctx.communeCode, from, addDays(until, 1));
  return rows.reduce(
    (sum, r) => ({
      opened: sum.opened + r.opened,
      eligible: sum.eligible + r.eligible,
      reached: sum.reached + r.reached,
    }),
    { opened: 0, eligible: 0, reached: 0 },
  );
}

/**
 * d) "Phấn đấu 80% người bán dâm có nhu cầu và đủ điều kiện được tư vấn, kết nối tiếp cận các
 * dịch vụ hỗ trợ": of the cases in need and qualifying open at some time from 1 January to asOf,
 * the share counselled and connected to at least one service by then. Target 80%, not prorated.
 * Outside the health role the counts go through small-cell suppression: reached and the rest
 * (not reached) partition the eligible, so if either is 1–4 both the share and the reached are
 * hidden (value null, status no-data: a colour would say on which side of 80% a hidden share
 * lies). The drill-down is one aggregate line; the cases themselves are on the support page,
 * which only the health role may open.
 */
export async function supportIndicator(ctx: IndicatorContext): Promise<Indicator> {
  const from = firstDay(ctx.year);
  const now = await supportTotals(ctx, from, ctx.asOf);
  const months = monthsUpTo(ctx.asOf);
  const trendCounts = [];
  for (const { month, until } of months) {
    trendCounts.push({
      month,
      ...(until === ctx.asOf ? now : await supportTotals(ctx, from, until)),
    });
  }
  const safe = (reached: number, eligible: number) => {
    const table = suppressTable([
      { key: 'reached', count: reached },
      { key: 'rest', count: eligible - reached },
    ]);
    const [part, rest] = table.cells.map((c) => c.count);
    const hidden = typeof part !== 'number' || typeof rest !== 'number';
    return {
      part: part ?? 0,
      rest: rest ?? 0,
      whole: table.total,
      share: hidden ? null : shareOf(reached, eligible),
    };
  };
  const notReached = now.eligible - now.reached;
  const name = 'Người bán dâm có nhu cầu, đủ điều kiện được tư vấn, kết nối dịch vụ hỗ trợ';
  const dueLine = (count: string) => ({
    kind: 'support' as const,
    id: null,
    label: `${count} trường hợp chưa được tư vấn, kết nối dịch vụ`,
    note: 'Danh sách theo mã ở trang Hỗ trợ (chỉ Trạm Y tế)',
  });
  if (ctx.exactSupport) {
    const value = shareOf(now.reached, now.eligible);
    return indicator({
      code: 'd',
      name,
      kind: 'share',
      value,
      target: supportTarget,
      status: plainStatus(value, supportTarget),
      numerator: now.reached,
      denominator: now.eligible,
      trend: trendCounts.map((t) => ({ month: t.month, value: shareOf(t.reached, t.eligible) })),
      due: notReached > 0 ? [dueLine(String(notReached))] : [],
      dueCount: notReached,
    });
  }
  const shown = safe(now.reached, now.eligible);
  const restText =
    typeof shown.rest === 'number' ? String(shown.rest) : shown.rest === '<5' ? 'Dưới 5' : 'Một số';
  return indicator({
    code: 'd',
    name,
    kind: 'share',
    value: shown.share,
    target: supportTarget,
    status: plainStatus(shown.share, supportTarget),
    numerator: shown.part,
    denominator: shown.whole,
    // While today's share is hidden, so is its history: a month's share beside today's
    // denominator would narrow down the hidden cell.
    trend: trendCounts.map((t) => ({
      month: t.month,
      value: shown.share === null ? null : safe(t.reached, t.eligible).share,
    })),
    due: shown.rest !== 0 ? [dueLine(restText)] : [],
    dueCount: shown.rest,
    suppressed: true,
  });
}
