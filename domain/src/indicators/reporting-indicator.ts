// Indicator g: agencies reporting electronically.
import { agencySubmissions, communeFormedOn } from '@ntm/db/queries/indicators';
import { type IndicatorContext, indicator } from './common';
import { plainStatus, shareOf } from './status';
import type { DueItem, Indicator } from './types';
import { monthsUpTo, quarterEnd, quarterRoman, quartersEnded } from './year-clock';

/** The code of a quarter's report, as report_submissions.period keeps it: "2026-Q1". */
export const quarterCode = (year: number, q: number) => `${year}-Q${q}`;

/**
 * g) "100% cơ quan, đơn vị … thực hiện chế độ thống kê, báo cáo … bằng hình thức điện tử": of
 * the reports due from the active agencies, one per agency for every quarter of the year that
 * has ended by asOf, the share received electronically (a paper report does not count; a report
 * counts whenever it arrived, since it is sent after its quarter ends). Target 100%; no-data
 * before the first quarter ends. Quarters that ended before the commune came into being (Nam
 * Thanh Miện: 1 July 2025) are not due from it. The drill-down lists each agency and quarter without an
 * electronic report: "nộp giấy" or "chưa nộp".
 */
export async function reportingIndicator(ctx: IndicatorContext): Promise<Indicator> {
  const formedOn = await communeFormedOn(ctx.sql, ctx.communeCode);
  const dueQuarters = (until: string) =>
    quartersEnded(until).filter((q) => formedOn === null || quarterEnd(ctx.year, q) >= formedOn);
  const quarters = dueQuarters(ctx.asOf);
  const rows = await agencySubmissions(
    ctx.sql,
    ctx.communeCode,
    quarters.map((q) => quarterCode(ctx.year, q)),
  );
  const agencies = [...new Map(rows.map((r) => [r.agencyId, r.agency])).entries()];
  const channel = (agencyId: number, q: number) =>
    rows.find((r) => r.agencyId === agencyId && r.period === quarterCode(ctx.year, q))?.channel ??
    null;
  const tally = (qs: number[]) => {
    let electronic = 0;
    for (const [id] of agencies) {
      for (const q of qs) if (channel(id, q) === 'electronic') electronic++;
    }
    return { electronic, due: agencies.length * qs.length };
  };
  const now = tally(quarters);
  const value = shareOf(now.electronic, now.due);
  const due: DueItem[] = [];
  for (const q of quarters) {
    for (const [id, name] of agencies) {
      const got = channel(id, q);
      if (got === 'electronic') continue;
      due.push({
        kind: 'agency',
        id,
        label: name,
        note: `Báo cáo quý ${quarterRoman(q)}/${ctx.year}: ${got === 'paper' ? 'nộp giấy' : 'chưa nộp'}`,
      });
    }
  }
  return indicator({
    code: 'g',
    name: 'Cơ quan, đơn vị thống kê, báo cáo bằng hình thức điện tử',
    kind: 'share',
    value,
    target: 1,
    status: plainStatus(value, 1),
    numerator: now.electronic,
    denominator: now.due,
    trend: monthsUpTo(ctx.asOf).map(({ month, until }) => {
      const t = tally(dueQuarters(until));
      return { month, value: shareOf(t.electronic, t.due) };
    }),
    due,
  });
}
