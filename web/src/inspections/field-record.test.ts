import { describe, expect, it } from 'vitest';
import {
  communeLocalInput,
  draftProblems,
  emptyDraft,
  type FieldRecord,
  instantOfInput,
  newInspectionBody,
  scheduledRecordBody,
} from './field-record';
import { fieldRecord } from './field-record-fixtures';

const now = new Date('2026-11-29T03:00:00Z'); // 10:00 in the commune

/** A complete draft: a fine for staying open too late, its decision number, who was there. */
const complete: FieldRecord['draft'] = {
  ...emptyDraft(now, [{ name: 'Lê Văn An', agency: 'Công an xã' }]),
  result: 'violation',
  violations: ['over-hours'],
  measures: ['fine'],
  fineVnd: '7.500.000',
  fineDecisionNumber: ' 12/QĐ-XPHC ',
  peoplePresent: 'Chủ cơ sở\n\n  Khách  \n',
};

const record = (draft: Partial<FieldRecord['draft']> = {}) =>
  fieldRecord({ ...complete, ...draft });

describe('the commune-time fields', () => {
  it('shows an instant as the commune’s wall clock and reads it back with +07:00', () => {
    expect(communeLocalInput(now)).toBe('2026-11-29T10:00');
    expect(new Date(instantOfInput('2026-11-29T10:00')).toISOString()).toBe(now.toISOString());
  });
});

describe('draftProblems', () => {
  it('finds nothing wrong with a complete record', () => {
    expect(draftProblems(record().draft, now)).toEqual([]);
  });

  it('asks for a result, a team member and an arrival not in the future', () => {
    const paths = draftProblems(
      record({ result: '', team: [], arrivedAt: '2026-11-29T11:00' }).draft,
      now,
    ).map((p) => p.path);
    expect(paths).toEqual(['arrivedAt', 'team', 'result']);
  });

  it('a fine needs its decision number, and the amount is digits', () => {
    expect(draftProblems(record({ fineDecisionNumber: '' }).draft, now).map((p) => p.path)).toEqual(
      ['fineDecisionNumber'],
    );
    expect(draftProblems(record({ fineVnd: '5 triệu' }).draft, now).map((p) => p.path)).toContain(
      'fineVnd',
    );
  });
});

describe('the request bodies', () => {
  it('carries the record’s key, the amount as a number and one person per line', () => {
    const body = newInspectionBody(record());
    expect(body).toMatchObject({
      businessId: 12,
      kind: 'surprise',
      idempotencyKey: 'k-0001-abcd',
      fineVnd: 7_500_000,
      fineDecisionNumber: '12/QĐ-XPHC',
      peoplePresent: ['Chủ cơ sở', 'Khách'],
      arrivedAt: '2026-11-29T10:00:00+07:00',
    });
  });

  it('leaves out the fine when the measure is not chosen, and blank team rows', () => {
    const body = scheduledRecordBody(
      record({
        measures: ['reminder'],
        team: [
          { name: 'Lê Văn An', agency: 'Công an xã' },
          { name: '  ', agency: 'Trạm Y tế' },
        ],
      }),
    );
    expect(body.fineVnd).toBeNull();
    expect(body.fineDecisionNumber).toBeNull();
    expect(body.team).toEqual([{ name: 'Lê Văn An', agency: 'Công an xã' }]);
  });
});
