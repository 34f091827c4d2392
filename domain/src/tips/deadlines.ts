import { isClosed, type TipStatus } from './workflow';

/**
 * How long each stage may take, in calendar days counted from the day the tip was received
 * (Vietnam time), the deadline falling at the end of the last day. By default a tip must be
 * resolved within 20 days (Bộ luật Tố tụng hình sự 2015, art. 147(1)); verification and
 * classification get earlier marks inside that time. One extension may move the resolution
 * deadline, at most to two months after receipt (art. 147(2)).
 */
export type DeadlineRules = {
  verifyDays: number;
  classifyDays: number;
  resolveDays: number;
  /** The longest an extension may reach, in months after receipt. */
  extensionMonths: number;
  /** Due within this many days: flagged "due soon". */
  dueSoonDays: number;
};

export const defaultDeadlineRules: DeadlineRules = {
  verifyDays: 3,
  classifyDays: 7,
  resolveDays: 20,
  extensionMonths: 2,
  dueSoonDays: 3,
};

const vietnamOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

/** The calendar day (Vietnam time) an instant falls on, as [year, month 1–12, day]. */
function vietnamDay(at: Date): [number, number, number] {
  const shifted = new Date(at.getTime() + vietnamOffsetMs);
  return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
}

/** The last millisecond of a Vietnam calendar day (UTC+7 all year, no daylight saving). */
function endOfVietnamDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day + 1) - vietnamOffsetMs - 1);
}

/** The end of the day `days` calendar days after the day of `from` (Vietnam time). */
export function daysAfter(from: Date, days: number): Date {
  const [y, m, d] = vietnamDay(from);
  return endOfVietnamDay(y, m, d + days);
}

/**
 * The end of the same day `months` later, or of the month's last day when it has no such day
 * (31 January + 1 month → 28 or 29 February).
 */
export function monthsAfter(from: Date, months: number): Date {
  const [y, m, d] = vietnamDay(from);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return endOfVietnamDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, lastDay));
}

export type DueState = 'overdue' | 'due-soon' | 'on-time';

/** The deadline of the stage a tip is in, or null once it is resolved. */
export function stageDeadline(
  tip: { receivedAt: Date; status: TipStatus; extendedUntil: Date | null },
  rules: DeadlineRules = defaultDeadlineRules,
): Date | null {
  if (isClosed(tip.status)) return null;
  const resolve = tip.extendedUntil ?? daysAfter(tip.receivedAt, rules.resolveDays);
  const stageDays =
    tip.status === 'received'
      ? rules.verifyDays
      : tip.status === 'verified'
        ? rules.classifyDays
        : null;
  if (stageDays === null) return resolve;
  const stage = daysAfter(tip.receivedAt, stageDays);
  return new Date(Math.min(stage.getTime(), resolve.getTime()));
}

export function dueState(
  deadline: Date,
  now: Date,
  rules: DeadlineRules = defaultDeadlineRules,
): DueState {
  if (now > deadline) return 'overdue';
  return deadline.getTime() - now.getTime() <= rules.dueSoonDays * dayMs ? 'due-soon' : 'on-time';
}

/** The latest date an extension may reach for a tip received then. */
export const extensionLimit = (receivedAt: Date, rules: DeadlineRules = defaultDeadlineRules) =>
  monthsAfter(receivedAt, rules.extensionMonths);
