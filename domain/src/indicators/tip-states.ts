// A tip's state at an instant, from when it reached each stage (ntm_tip_cases). Pure.
import type { TipCase } from '@ntm/db/queries/indicators';
import { type DeadlineRules, dueState, stageDeadline } from '../tips/deadlines';
import { isClosed, type TipStatus } from '../tips/workflow';

const reached = (stageAt: string | null, at: Date) =>
  stageAt !== null && Date.parse(stageAt) <= at.getTime();

/** The state a tip was in at `at`: its final state once resolved, else the last stage reached. */
export function statusAt(tip: TipCase, at: Date): TipStatus {
  if (reached(tip.resolvedAt, at)) return tip.status as TipStatus;
  if (reached(tip.classifiedAt, at)) return 'classified';
  if (reached(tip.verifiedAt, at)) return 'verified';
  return 'received';
}

/**
 * Resolved (handled, transferred, or closed as unfounded) by `at`: what indicator đ counts as
 * "xử lý hoặc chuyển cơ quan có thẩm quyền" — the same rule as the tip workflow's isClosed and
 * GET /api/tips/summary. A tip found baseless has been dealt with; it is not left open.
 */
export const resolvedBy = (tip: TipCase, at: Date) => isClosed(statusAt(tip, at));

/** Reached verification (or beyond) by `at`. */
export const verifiedBy = (tip: TipCase, at: Date) => statusAt(tip, at) !== 'received';

/**
 * Reached a decision after verification by `at`: classified, or resolved (a tip closed as
 * unfounded at verification skips classification but has been decided on).
 */
export const classifiedBy = (tip: TipCase, at: Date) => {
  const s = statusAt(tip, at);
  return s !== 'received' && s !== 'verified';
};

/** An open tip's stage deadline and whether it had passed at `at`. */
export function openTipClock(tip: TipCase, at: Date, rules: DeadlineRules) {
  const status = statusAt(tip, at);
  const deadline = stageDeadline(
    {
      receivedAt: new Date(tip.receivedAt),
      status,
      extendedUntil: tip.extendedUntil ? new Date(tip.extendedUntil) : null,
    },
    rules,
  );
  return { status, deadline, due: deadline ? dueState(deadline, at, rules) : null };
}
