// The calibration's training table: one row per open business × calendar quarter before a day.
// Features are the factors as of the day before the quarter starts (nothing of the quarter
// leaks in); the outcome is what the quarter brought: independent tips about the business plus
// inspections of it that found a violation or suspected activity.

import type { Sql } from '@ntm/db/client';
import { type RiskInputRow, riskInputs } from '@ntm/db/queries/risk';
import type { RiskEvent } from '@ntm/db/queries/risk-events';
import { riskEvents } from '@ntm/db/queries/risk-events';
import { vietnamToday } from '../clock/vietnam-day';
import { addDays, epochDayOf } from '../seasons/iso-date';
import { seasonFactor } from '../seasons/seasons';
import { riskInputsOf } from './score-businesses';
import { featuresOf } from './training-features';

export type Period = { name: string; from: string; to: string };

/** Vietnam calendar day of an instant. */
export const vietnamDay = vietnamToday;

/** The calendar quarters from the one holding `first` to the last that ends before `before`. */
export function quartersBetween(first: string, before: string): Period[] {
  const periods: Period[] = [];
  let year = Number(first.slice(0, 4));
  let quarter = Math.floor((Number(first.slice(5, 7)) - 1) / 3);
  for (;;) {
    const from = `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
    const next =
      quarter === 3
        ? `${year + 1}-01-01`
        : `${year}-${String(quarter * 3 + 4).padStart(2, '0')}-01`;
    const to = addDays(next, -1);
    if (to >= before) break;
    periods.push({ name: `${year}-Q${quarter + 1}`, from, to });
    quarter = (quarter + 1) % 4;
    if (quarter === 0) year += 1;
  }
  return periods;
}

/** The mean season intensity of a period's days (1 = ordinary; a quarter with Tết is higher). */
export function meanSeasonIntensity(period: Period): number {
  const days = epochDayOf(period.to) - epochDayOf(period.from) + 1;
  let sum = 0;
  for (let d = 0; d < days; d++) sum += seasonFactor(addDays(period.from, d));
  return sum / days;
}

/** Tips and findings per business in a set of events. */
export function outcomesByBusiness(events: readonly RiskEvent[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of events)
    if (e.found && e.businessId !== null)
      counts.set(e.businessId, (counts.get(e.businessId) ?? 0) + 1);
  return counts;
}

/** One period's rows: features as of its start, outcome counted inside it. */
function periodRows(
  rows: readonly RiskInputRow[],
  period: Period,
  eventsInPeriod: readonly RiskEvent[],
): { x: number[][]; y: number[] } {
  const season = meanSeasonIntensity(period);
  const outcomes = outcomesByBusiness(eventsInPeriod);
  return {
    x: rows.map((row) => featuresOf(riskInputsOf(row, season))),
    y: rows.map((row) => outcomes.get(row.businessId) ?? 0),
  };
}

export type TrainingTable = { x: number[][]; y: number[]; periods: Period[]; events: number };

/** The whole table from the database (as the owner or a role allowed to read risk inputs). */
export async function loadTrainingTable(
  sql: Sql,
  communeCode: string,
  before: string,
): Promise<TrainingTable> {
  const all = await riskEvents(sql, communeCode, '2000-01-01', addDays(before, -1));
  const first = all[0];
  if (!first) return { x: [], y: [], periods: [], events: 0 };
  const periods = quartersBetween(vietnamDay(first.at), before);
  const table: TrainingTable = { x: [], y: [], periods, events: 0 };
  for (const period of periods) {
    const inPeriod = all.filter((e) => {
      const day = vietnamDay(e.at);
      return day >= period.from && day <= period.to;
    });
    const rows = await riskInputs(sql, communeCode, addDays(period.from, -1));
    const { x, y } = periodRows(rows, period, inPeriod);
    table.x.push(...x);
    table.y.push(...y);
    table.events += y.reduce((s, v) => s + v, 0);
  }
  return table;
}
