import { describe, expect, it } from 'vitest';
import { readPlanQuery, routeSheetPath, teamRoutePath } from './plan-query';

describe('readPlanQuery', () => {
  it('reads the plan and a 1-based team', () => {
    expect(readPlanQuery('?plan=12&team=2')).toEqual({ ok: true, planId: 12, team: 2 });
    expect(readPlanQuery('?plan=12')).toEqual({ ok: true, planId: 12, team: null });
  });

  it('refuses a missing or malformed plan or team instead of guessing', () => {
    expect(readPlanQuery('')).toEqual({ ok: false, reason: 'no-plan' });
    expect(readPlanQuery('?plan=abc')).toEqual({ ok: false, reason: 'no-plan' });
    expect(readPlanQuery('?plan=0')).toEqual({ ok: false, reason: 'no-plan' });
    expect(readPlanQuery('?plan=3&team=0')).toEqual({ ok: false, reason: 'bad-team' });
    expect(readPlanQuery('?plan=3&team=-1')).toEqual({ ok: false, reason: 'bad-team' });
  });

  it('makes the addresses the planner links to', () => {
    expect(routeSheetPath(7)).toBe('/tuyen-kiem-tra/in?plan=7');
    expect(routeSheetPath(7, 2)).toBe('/tuyen-kiem-tra/in?plan=7&team=2');
    expect(teamRoutePath(7, 1)).toBe('/tuyen-kiem-tra/doi?plan=7&team=1');
  });
});
