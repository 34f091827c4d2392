import type { TipCase } from '@ntm/db/queries/indicators';
import { describe, expect, it } from 'vitest';
import { defaultDeadlineRules } from '../tips/deadlines';
import { classifiedBy, openTipClock, resolvedBy, statusAt, verifiedBy } from './tip-states';

const tip = (extra: Partial<TipCase>): TipCase => ({
  id: 1,
  status: 'received',
  receivedAt: '2026-03-01T02:00:00.000Z',
  extendedUntil: null,
  verifiedAt: null,
  classifiedAt: null,
  resolvedAt: null,
  ...extra,
});
const at = (iso: string) => new Date(iso);

describe('a tip state at an instant', () => {
  const transferred = tip({
    status: 'transferred',
    verifiedAt: '2026-03-02T02:00:00.000Z',
    classifiedAt: '2026-03-04T02:00:00.000Z',
    resolvedAt: '2026-03-10T02:00:00.000Z',
  });

  it('follows the stages reached by then', () => {
    expect(statusAt(transferred, at('2026-03-01T05:00:00Z'))).toBe('received');
    expect(statusAt(transferred, at('2026-03-03T00:00:00Z'))).toBe('verified');
    expect(statusAt(transferred, at('2026-03-05T00:00:00Z'))).toBe('classified');
    expect(statusAt(transferred, at('2026-03-10T02:00:00Z'))).toBe('transferred');
  });

  it('counts a transferred tip and an unfounded one as resolved, once resolved', () => {
    expect(resolvedBy(transferred, at('2026-03-09T00:00:00Z'))).toBe(false);
    expect(resolvedBy(transferred, at('2026-03-11T00:00:00Z'))).toBe(true);
    const unfounded = tip({
      status: 'unfounded',
      verifiedAt: '2026-03-02T02:00:00.000Z',
      resolvedAt: '2026-03-03T02:00:00.000Z',
    });
    const later = at('2026-04-01T00:00:00Z');
    expect(resolvedBy(unfounded, later)).toBe(true);
    expect(verifiedBy(unfounded, later)).toBe(true);
    expect(classifiedBy(unfounded, later)).toBe(true);
    expect(classifiedBy(unfounded, at('2026-03-02T12:00:00Z'))).toBe(false);
  });

  it('dates the open stage deadline from receipt and flags it overdue after it', () => {
    const open = tip({});
    const clock = openTipClock(open, at('2026-03-05T00:00:00Z'), defaultDeadlineRules);
    expect(clock.status).toBe('received');
    // Received 1 March (Vietnam), verify within 3 days: the end of 4 March, Vietnam time.
    expect(clock.deadline?.toISOString()).toBe('2026-03-04T16:59:59.999Z');
    expect(clock.due).toBe('overdue');
    expect(openTipClock(open, at('2026-03-02T00:00:00Z'), defaultDeadlineRules).due).toBe(
      'due-soon',
    );
  });
});
