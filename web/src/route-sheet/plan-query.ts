// The field pages' query: `?plan=ID` and, optionally, `&team=N` (1-based, as people count
// teams: "Tổ 1"). A missing or malformed value is reported, never guessed.

export type PlanQuery =
  | { ok: true; planId: number; team: number | null }
  | { ok: false; reason: 'no-plan' | 'bad-team' };

const positiveInteger = /^[1-9]\d{0,14}$/;

export function readPlanQuery(search: string): PlanQuery {
  const params = new URLSearchParams(search);
  const plan = params.get('plan') ?? '';
  if (!positiveInteger.test(plan)) return { ok: false, reason: 'no-plan' };
  const team = params.get('team');
  if (team === null || team === '') return { ok: true, planId: Number(plan), team: null };
  if (!positiveInteger.test(team)) return { ok: false, reason: 'bad-team' };
  return { ok: true, planId: Number(plan), team: Number(team) };
}

export const routeSheetPath = (planId: number, team?: number) =>
  `/tuyen-kiem-tra/in?plan=${planId}${team ? `&team=${team}` : ''}`;

export const teamRoutePath = (planId: number, team: number) =>
  `/tuyen-kiem-tra/doi?plan=${planId}&team=${team}`;
