import { describe, expect, it } from 'vitest';
import { maskTime, readTime, showTime } from './clock-time';

describe('readTime', () => {
  it('reads 24-hour times, the evening included', () => {
    expect(readTime('19:30')).toEqual({ ok: true, time: '19:30' });
    expect(readTime('00:00')).toEqual({ ok: true, time: '00:00' });
    expect(readTime('23:59')).toEqual({ ok: true, time: '23:59' });
  });

  it('pads a one-digit hour and takes a dot or an "h" for the colon', () => {
    expect(readTime(' 7:05 ')).toEqual({ ok: true, time: '07:05' });
    expect(readTime('7.05')).toEqual({ ok: true, time: '07:05' });
    expect(readTime('7h05')).toEqual({ ok: true, time: '07:05' });
  });

  it('refuses an hour or a minute past the end of the clock', () => {
    expect(readTime('24:00')).toEqual({ ok: false, reason: 'impossible' });
    expect(readTime('19:60')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('tells an empty field from a time still being typed', () => {
    expect(readTime('')).toEqual({ ok: false, reason: 'empty' });
    expect(readTime('19')).toEqual({ ok: false, reason: 'incomplete' });
    expect(readTime('19:3')).toEqual({ ok: false, reason: 'incomplete' });
    expect(readTime('7:30 PM')).toEqual({ ok: false, reason: 'incomplete' });
  });
});

describe('showTime', () => {
  it('shows hours and minutes, dropping seconds the API may add', () => {
    expect(showTime('19:30')).toBe('19:30');
    expect(showTime('07:05:00')).toBe('07:05');
  });

  it('shows nothing for no time', () => {
    expect(showTime('')).toBe('');
    expect(showTime('soon')).toBe('');
  });
});

describe('maskTime', () => {
  it('puts the colon in after two digits, for a numeric keypad', () => {
    expect(maskTime('1')).toBe('1');
    expect(maskTime('19')).toBe('19');
    expect(maskTime('193')).toBe('19:3');
    expect(maskTime('1930')).toBe('19:30');
    expect(maskTime('193045')).toBe('19:30');
  });

  it('keeps a separator typed by hand as a colon', () => {
    expect(maskTime('7:')).toBe('7:');
    expect(maskTime('7h05')).toBe('7:05');
    expect(maskTime('7.05')).toBe('7:05');
  });

  it('lets a person delete back over the colon', () => {
    expect(maskTime('19:')).toBe('19:');
    expect(maskTime('19')).toBe('19');
  });

  it('drops letters and spaces', () => {
    expect(maskTime('7:30 PM')).toBe('7:30');
  });
});
