import { describe, expect, it } from 'vitest';
import { daysAfter, dueState, extensionLimit, monthsAfter, stageDeadline } from './deadlines';

const at = (iso: string) => new Date(iso);
/** The deadline as the Vietnam wall clock shows it. */
const wall = (d: Date | null) =>
  d && new Date(d.getTime() + 7 * 3_600_000).toISOString().replace('Z', '+07:00');

describe('tip deadlines', () => {
  it('counts calendar days from the day of receipt in Vietnam time, ending at midnight', () => {
    // 23:30 on 25 January in Hà Nội is 16:30 UTC: still the 25th.
    expect(wall(daysAfter(at('2026-01-25T16:30:00Z'), 20))).toBe('2026-02-14T23:59:59.999+07:00');
    // 00:30 on 26 January in Hà Nội is 17:30 UTC on the 25th: the 26th counts.
    expect(wall(daysAfter(at('2026-01-25T17:30:00Z'), 20))).toBe('2026-02-15T23:59:59.999+07:00');
  });

  it('crosses month and year ends, and February in leap and common years', () => {
    expect(wall(daysAfter(at('2026-12-20T03:00:00Z'), 20))).toBe('2027-01-09T23:59:59.999+07:00');
    expect(wall(daysAfter(at('2028-02-20T03:00:00Z'), 20))).toBe('2028-03-11T23:59:59.999+07:00');
    expect(wall(daysAfter(at('2027-02-20T03:00:00Z'), 20))).toBe('2027-03-12T23:59:59.999+07:00');
  });

  it('adds months, keeping the day or falling back to the month’s last day', () => {
    expect(wall(monthsAfter(at('2026-03-10T03:00:00Z'), 2))).toBe('2026-05-10T23:59:59.999+07:00');
    expect(wall(monthsAfter(at('2026-12-31T03:00:00Z'), 2))).toBe('2027-02-28T23:59:59.999+07:00');
    expect(wall(monthsAfter(at('2027-12-31T03:00:00Z'), 2))).toBe('2028-02-29T23:59:59.999+07:00');
    expect(wall(extensionLimit(at('2026-11-30T03:00:00Z')))).toBe('2027-01-30T23:59:59.999+07:00');
  });

  it('gives each stage its mark, never later than the resolution deadline, none once closed', () => {
    const receivedAt = at('2026-01-30T02:00:00Z');
    const tip = (
      status: Parameters<typeof stageDeadline>[0]['status'],
      extendedUntil: Date | null = null,
    ) => wall(stageDeadline({ receivedAt, status, extendedUntil }));
    expect(tip('received')).toBe('2026-02-02T23:59:59.999+07:00');
    expect(tip('verified')).toBe('2026-02-06T23:59:59.999+07:00');
    expect(tip('classified')).toBe('2026-02-19T23:59:59.999+07:00');
    const extended = monthsAfter(receivedAt, 2);
    expect(tip('classified', extended)).toBe('2026-03-30T23:59:59.999+07:00');
    expect(tip('handled')).toBeNull();
    expect(tip('transferred')).toBeNull();
    expect(tip('unfounded')).toBeNull();
  });

  it('says overdue after the deadline, due soon within three days, else on time', () => {
    const deadline = at('2026-02-19T16:59:59.999Z');
    expect(dueState(deadline, at('2026-02-19T17:00:00Z'))).toBe('overdue');
    expect(dueState(deadline, at('2026-02-17T00:00:00Z'))).toBe('due-soon');
    expect(dueState(deadline, at('2026-02-10T00:00:00Z'))).toBe('on-time');
  });
});
