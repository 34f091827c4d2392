import type { Sql } from '@ntm/db/client';
import { tipTally } from '@ntm/db/queries/tips';
import { dueState, stageDeadline } from '@ntm/domain/tips/deadlines';
import { tipRules } from '@ntm/domain/tips/tip-rules';
import { isClosed, type TipStatus } from '@ntm/domain/tips/workflow';
import type { AppDeps } from '../lib/app-env';

/**
 * Indicator đ for a year, live from the tips' states: of the cases received (linked
 * duplicates count once), how many are resolved (handled, transferred or closed as unfounded),
 * and how many open ones are overdue or due soon. Target 100%.
 */
export async function tipSummary(sql: Sql, env: AppDeps['env'], year: number, now: Date) {
  const from = `${year}-01-01T00:00:00+07:00`;
  const to = `${year + 1}-01-01T00:00:00+07:00`;
  const rules = tipRules(env);
  const cases = await tipTally(sql, env.COMMUNE_CODE, from, to);
  const byStatus: Record<string, number> = {};
  let resolved = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const tip of cases) {
    const status = tip.status as TipStatus;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (isClosed(status)) {
      resolved++;
      continue;
    }
    const deadline = stageDeadline(
      {
        receivedAt: new Date(tip.receivedAt),
        status,
        extendedUntil: tip.extendedUntil ? new Date(tip.extendedUntil) : null,
      },
      rules,
    );
    const due = deadline && dueState(deadline, now, rules);
    if (due === 'overdue') overdue++;
    if (due === 'due-soon') dueSoon++;
  }
  const received = cases.length;
  return {
    indicator: 'đ',
    year,
    received,
    resolved,
    open: received - resolved,
    overdue,
    dueSoon,
    byStatus,
    /** Resolved ÷ received, 0–1; null before the first tip of the year. */
    share: received === 0 ? null : resolved / received,
    target: 1,
  };
}
