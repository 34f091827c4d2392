import { describe, expect, it } from 'vitest';
import { arrivalProblem, clockSkewMs } from './arrival';

const now = new Date('2026-11-29T03:00:00Z');

describe('arrivalProblem', () => {
  it('accepts an arrival now or earlier', () => {
    expect(arrivalProblem({ arrivedAt: now.toISOString() }, now)).toBeNull();
    expect(arrivalProblem({ arrivedAt: '2026-11-28T22:00:00+07:00' }, now)).toBeNull();
  });

  it('refuses an arrival in the future, beyond a phone clock running a little fast', () => {
    const ahead = (ms: number) => new Date(now.getTime() + ms).toISOString();
    expect(arrivalProblem({ arrivedAt: ahead(clockSkewMs) }, now)).toBeNull();
    expect(arrivalProblem({ arrivedAt: ahead(clockSkewMs + 1000) }, now)).toBe('arrival-in-future');
  });

  it('refuses a start after the arrival', () => {
    expect(
      arrivalProblem(
        { arrivedAt: '2026-11-29T08:00:00+07:00', startedAt: '2026-11-29T08:05:00+07:00' },
        now,
      ),
    ).toBe('start-after-arrival');
  });

  it('compares the follow-up day with the arrival day in Vietnam, not in UTC', () => {
    // 06:30 on 29 November in Vietnam is still 28 November in UTC.
    const arrivedAt = '2026-11-29T06:30:00+07:00';
    expect(arrivalProblem({ arrivedAt, followUpOn: '2026-11-29' }, now)).toBeNull();
    expect(arrivalProblem({ arrivedAt, followUpOn: '2026-11-28' }, now)).toBe(
      'follow-up-before-arrival',
    );
  });
});
