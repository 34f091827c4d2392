import { describe, expect, it } from 'vitest';
import { parseAngle, parseNumber, splitPair } from './parse-coordinates';

describe('parseNumber', () => {
  it.each([
    ['20,7235', 20.7235],
    ['20.7235', 20.7235],
    ['2291234.56', 2291234.56],
    ['2.291.234,5', 2291234.5],
    ['2 291 234,5', 2291234.5],
    ['2,291,234.5', 2291234.5],
    ['551234,2 m', 551234.2],
    ['-5', -5],
  ])('reads %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('keeps numbers and refuses what is not one', () => {
    expect(parseNumber(106.2409)).toBe(106.2409);
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('20°43')).toBeNull();
    expect(parseNumber('1,2,3.4.5')).toBeNull();
  });
});

describe('parseAngle', () => {
  const close = (text: string, degrees: number, axis?: 'lat' | 'lng') => {
    const angle = parseAngle(text);
    expect(angle?.degrees).toBeCloseTo(degrees, 9);
    expect(angle?.axis).toBe(axis);
  };

  it('reads degrees, minutes and seconds in the ways people type them', () => {
    close(`20°43'24.6"N`, 20.7235, 'lat');
    close('20 43 24.6', 20.7235);
    close(`106°14'27"E`, 106 + 14 / 60 + 27 / 3600, 'lng');
    close('20°43′24,6″', 20.7235);
    close(`20º 43' 24.6'' N`, 20.7235, 'lat');
    close(`N 20°43.41'`, 20.7235, 'lat');
    close('106,2409°', 106.2409);
    close('S 10', -10, 'lat');
  });

  it('refuses minutes or seconds of 60 and more, and contradictions', () => {
    expect(parseAngle('20 61 0')).toBeNull();
    expect(parseAngle(`20°43'60"`)).toBeNull();
    expect(parseAngle('-20°N')).toBeNull();
    expect(parseAngle('hai mươi độ')).toBeNull();
  });
});

describe('splitPair', () => {
  it.each([
    ['20.7235, 106.2409', ['20.7235', '106.2409']],
    ['20,7235; 106,2409', ['20,7235', '106,2409']],
    ['20,7235 106,2409', ['20,7235', '106,2409']],
    ['20.7235,106.2409', ['20.7235', '106.2409']],
    [`20°43'24.6"N 106°14'27"E`, [`20°43'24.6"N`, `106°14'27"E`]],
    [`20°43'24.6"N, 106°14'27"E`, [`20°43'24.6"N`, `106°14'27"E`]],
    [`N20°43'24.6" E106°14'27"`, [`N20°43'24.6"`, `E106°14'27"`]],
    [`20°43'24.6" 106°14'27"`, [`20°43'24.6"`, `106°14'27"`]],
    ['20 43 24.6 106 14 27', ['20 43 24.6', '106 14 27']],
    ['2291234.5 551234.2', ['2291234.5', '551234.2']],
  ])('splits %s', (text, halves) => {
    expect(splitPair(text)).toEqual(halves);
  });

  it('refuses one number or three', () => {
    expect(splitPair('106.2409')).toBeNull();
    expect(splitPair('1 2 3')).toBeNull();
    expect(splitPair(20.7)).toBeNull();
  });
});
