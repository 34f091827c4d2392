import { describe, expect, it } from 'vitest';
import { maskDay, readDay, showDay } from './calendar-day';

describe('readDay', () => {
  it.each([
    // Day, month and year in the Vietnamese order, never the month first: 03/05 is the third of May.
    ['15/03/2026', { ok: true, iso: '2026-03-15' }],
    ['03/05/2026', { ok: true, iso: '2026-05-03' }],
    // Single digits, and dots or dashes between the parts.
    ['5/3/2026', { ok: true, iso: '2026-03-05' }],
    [' 05.03.2026 ', { ok: true, iso: '2026-03-05' }],
    ['05-03-2026', { ok: true, iso: '2026-03-05' }],
    // The 29th of February in a leap year only.
    ['29/02/2028', { ok: true, iso: '2028-02-29' }],
    ['29/02/2026', { ok: false, reason: 'impossible' }],
    // Other days that do not exist.
    ['31/02/2026', { ok: false, reason: 'impossible' }],
    ['00/01/2026', { ok: false, reason: 'impossible' }],
    ['12/13/2026', { ok: false, reason: 'impossible' }],
    // An empty field is told from one still being typed.
    ['  ', { ok: false, reason: 'empty' }],
    ['15/03/20', { ok: false, reason: 'incomplete' }],
    ['2026-03-15', { ok: false, reason: 'incomplete' }],
    ['hôm qua', { ok: false, reason: 'incomplete' }],
  ])('reads "%s" as %o', (typed, result) => {
    expect(readDay(typed)).toEqual(result);
  });
});

describe('showDay', () => {
  it('writes an ISO day as dd/mm/yyyy', () => {
    expect(showDay('2026-03-05')).toBe('05/03/2026');
    expect(showDay('2026-03-05T10:00:00+07:00')).toBe('05/03/2026');
  });

  it('shows nothing for an empty or unreadable value', () => {
    expect(showDay('')).toBe('');
    expect(showDay('05/03/2026')).toBe('');
  });

  it('round-trips with readDay', () => {
    expect(readDay(showDay('2026-12-31'))).toEqual({ ok: true, iso: '2026-12-31' });
  });
});

describe('maskDay', () => {
  it('puts the slashes in as digits are typed', () => {
    const typed = ['1', '15', '150', '1503', '15032', '15032026'];
    expect(typed.map(maskDay)).toEqual(['1', '15', '15/0', '15/03', '15/03/2', '15/03/2026']);
  });

  it('completes a slash typed after the day', () => {
    expect(maskDay('15/032026')).toBe('15/03/2026');
  });

  it('keeps slashes typed by hand around short parts', () => {
    expect(maskDay('5/3/2026')).toBe('5/3/2026');
    expect(maskDay('15/')).toBe('15/');
  });

  it('drops letters and extra digits', () => {
    expect(maskDay('15a03b2026')).toBe('15/03/2026');
    expect(maskDay('150320261')).toBe('15/03/2026');
    expect(maskDay('15.03.2026')).toBe('15/03/2026');
  });
});
