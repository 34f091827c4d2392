import { describe, expect, it } from 'vitest';
import { maskTime, readTime, showTime } from './clock-time';

describe('readTime', () => {
  it('reads 24-hour times, padding a one-digit hour and taking "." or "h" for the colon', () => {
    const typed = ['19:30', '00:00', '23:59', ' 7:05 ', '7.05', '7h05'];
    const times = ['19:30', '00:00', '23:59', '07:05', '07:05', '07:05'];
    expect(typed.map(readTime)).toEqual(times.map((time) => ({ ok: true, time })));
  });

  it('refuses a time past the end of the clock', () => {
    expect(readTime('24:00')).toEqual({ ok: false, reason: 'impossible' });
    expect(readTime('19:60')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('tells an empty field from a time still being typed, or typed the English way', () => {
    expect(readTime('')).toEqual({ ok: false, reason: 'empty' });
    const typed = ['19', '19:3', '7:30 PM'];
    const incomplete = { ok: false, reason: 'incomplete' };
    expect(typed.map(readTime)).toEqual(typed.map(() => incomplete));
  });
});

it('showTime shows hours and minutes, without the seconds the API may add, or nothing', () => {
  expect(['19:30', '07:05:00', '', 'soon'].map(showTime)).toEqual(['19:30', '07:05', '', '']);
});

describe('maskTime', () => {
  it('puts the colon in after two digits, for a numeric keypad', () => {
    const shown = ['1', '19', '19:3', '19:30', '19:30'];
    expect(['1', '19', '193', '1930', '193045'].map(maskTime)).toEqual(shown);
  });

  it('keeps a separator typed by hand as a colon, drops letters, and lets one delete it', () => {
    const shown = ['7:', '7:05', '7:05', '7:30', '19:'];
    expect(['7:', '7h05', '7.05', '7:30 PM', '19:'].map(maskTime)).toEqual(shown);
  });
});
