import { describe, expect, it } from 'vitest';
import { maskDay, readDay, showDay } from './calendar-day';

describe('readDay', () => {
  it('reads day, month and year in the Vietnamese order', () => {
    expect(readDay('15/03/2026')).toEqual({ ok: true, iso: '2026-03-15' });
  });

  it('accepts single digits and dots or dashes between the parts', () => {
    expect(readDay('5/3/2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(readDay(' 05.03.2026 ')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(readDay('05-03-2026')).toEqual({ ok: true, iso: '2026-03-05' });
  });

  it('never reads the month first: 03/05 is the third of May', () => {
    expect(readDay('03/05/2026')).toEqual({ ok: true, iso: '2026-05-03' });
  });

  it('refuses a day that does not exist', () => {
    expect(readDay('31/02/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDay('29/02/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDay('00/01/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(readDay('12/13/2026')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('accepts the 29th of February in a leap year', () => {
    expect(readDay('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('tells an empty field from one still being typed', () => {
    expect(readDay('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(readDay('15/03/20')).toEqual({ ok: false, reason: 'incomplete' });
    expect(readDay('2026-03-15')).toEqual({ ok: false, reason: 'incomplete' });
    expect(readDay('hôm qua')).toEqual({ ok: false, reason: 'incomplete' });
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
