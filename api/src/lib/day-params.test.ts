import { describe, expect, it } from 'vitest';
import { cellMetersParam, modelDay } from './day-params';

describe('day and cell-size parameters', () => {
  it('accepts days of 2020–2035 only, and whole cell sizes of 100–2000 m', () => {
    expect(modelDay.safeParse('2020-01-01').success).toBe(true);
    expect(modelDay.safeParse('2036-01-01').success).toBe(false);
    expect(modelDay.safeParse('2026-02-30').success).toBe(false);
    expect(cellMetersParam.parse(undefined)).toBe(250);
    expect(cellMetersParam.parse('400')).toBe(400);
    for (const bad of ['99', '2001', '250.5', 'abc', '']) {
      expect(cellMetersParam.safeParse(bad).success, bad).toBe(false);
    }
  });
});
