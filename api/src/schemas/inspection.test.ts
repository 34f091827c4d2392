import { describe, expect, it } from 'vitest';
import { outcomeProblems, recordInspectionBody } from './inspection';

const base = { result: 'violation', violations: ['over-hours'], measures: ['reminder'] };

describe('the rules between an inspection record’s fields', () => {
  it('a fine needs its amount and its decision number', () => {
    expect(outcomeProblems({ ...base, measures: ['fine'], fineVnd: 3_000_000 })).toEqual([
      { path: 'fineDecisionNumber', message: expect.any(String) },
    ]);
    expect(outcomeProblems({ ...base, measures: ['fine'], fineDecisionNumber: '1/QĐ' })).toEqual([
      { path: 'fineVnd', message: expect.any(String) },
    ]);
    expect(
      outcomeProblems({ ...base, measures: ['fine'], fineVnd: 1, fineDecisionNumber: '1/QĐ' }),
    ).toEqual([]);
  });

  it('an amount without the fine measure is a mistake', () => {
    expect(outcomeProblems({ ...base, fineVnd: 2_000_000 }).map((p) => p.path)).toEqual([
      'measures',
    ]);
  });

  it('“no violation” lists none; “violation” lists at least one', () => {
    expect(outcomeProblems({ ...base, result: 'no-violation' }).map((p) => p.path)).toEqual([
      'violations',
    ]);
    expect(outcomeProblems({ ...base, violations: [] }).map((p) => p.path)).toEqual(['violations']);
    expect(outcomeProblems({ ...base, result: 'suspected', violations: [] })).toEqual([]);
  });

  it('the request schema applies them and refuses codes not on the lists', () => {
    const body = {
      businessId: 1,
      team: [{ name: 'Nguyễn Văn A', agency: 'Công an xã' }],
      arrivedAt: '2026-11-29T08:00:00+07:00',
      ...base,
    };
    expect(recordInspectionBody.safeParse(body).success).toBe(true);
    expect(recordInspectionBody.safeParse({ ...body, measures: ['fine'] }).success).toBe(false);
    expect(recordInspectionBody.safeParse({ ...body, violations: ['smoking'] }).success).toBe(
      false,
    );
    expect(
      recordInspectionBody.safeParse({ ...body, team: [{ name: 'A B', agency: 'Khác' }] }).success,
    ).toBe(false);
  });
});
