import { describe, expect, it } from 'vitest';
import { instantParam, isoDate, isoInstant } from './instant';

describe('dates and instants PostgreSQL would refuse', () => {
  it.each(['0000-01-01', '0999-12-31'])('refuses the date %s', (value) => {
    expect(isoDate.safeParse(value).success).toBe(false);
    expect(instantParam.safeParse(value).success).toBe(false);
  });

  it.each(['0000-06-01T00:00:00Z', '2026-01-01T00:00:00+16:00', '2026-01-01T00:00:00-23:59'])(
    'refuses the instant %s',
    (value) => {
      expect(isoInstant.safeParse(value).success).toBe(false);
      expect(instantParam.safeParse(value).success).toBe(false);
    },
  );

  it.each([
    '2026-12-07',
    '2026-12-07T09:30:00+07:00',
    '2026-12-07T09:30:00-15:59',
    '2026-12-07T02:30:00Z',
  ])('accepts %s', (value) => {
    expect(instantParam.safeParse(value).success).toBe(true);
  });
});
