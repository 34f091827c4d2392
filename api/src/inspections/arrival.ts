import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
/**
 * A phone's clock may run a little ahead of the server's; an arrival up to this far ahead is
 * taken as now rather than refused.
 */
export const clockSkewMs = 2 * 60_000;

export type ArrivalProblem =
  | 'arrival-in-future'
  | 'start-after-arrival'
  | 'follow-up-before-arrival';

/** The dates of a record checked against each other and the server's clock. */
export function arrivalProblem(
  o: { arrivedAt: string; startedAt?: string | null; followUpOn?: string | null },
  now: Date,
): ArrivalProblem | null {
  const arrived = new Date(o.arrivedAt).getTime();
  if (arrived > now.getTime() + clockSkewMs) return 'arrival-in-future';
  if (o.startedAt && new Date(o.startedAt).getTime() > arrived) return 'start-after-arrival';
  // The follow-up is a calendar day in Vietnam (UTC+7).
  if (o.followUpOn) {
    const arrivalDay = vietnamToday(new Date(arrived));
    if (o.followUpOn < arrivalDay) return 'follow-up-before-arrival';
  }
  return null;
}
