import { describe, expect, it } from 'vitest';
import { indicatorPath, readIndicatorQuery } from './indicator-query';

describe('the dashboard address', () => {
  it('carries the year and the open drill-down, with đ encoded, and reads back the same', () => {
    const path = indicatorPath({ year: 2026, code: 'đ' });
    expect(path).toBe('/chi-tieu?nam=2026&chi-tieu=%C4%91');
    expect(readIndicatorQuery(path.slice(path.indexOf('?')), 2026)).toEqual({
      year: 2026,
      code: 'đ',
    });
  });

  it('tells d from đ, typed or encoded', () => {
    expect(readIndicatorQuery('?chi-tieu=đ', 2026).code).toBe('đ');
    expect(readIndicatorQuery('?chi-tieu=%C4%91', 2026).code).toBe('đ');
    expect(readIndicatorQuery('?chi-tieu=d', 2026).code).toBe('d');
  });

  it('falls back to this year and no drill-down for what it does not know', () => {
    expect(readIndicatorQuery('', 2026)).toEqual({ year: 2026, code: null });
    expect(readIndicatorQuery('?nam=2031&chi-tieu=h', 2026)).toEqual({ year: 2026, code: null });
    expect(readIndicatorQuery('?nam=abc', 2026).year).toBe(2026);
    expect(readIndicatorQuery('?nam=2025', 2026).year).toBe(2025);
  });

  it('leaves the code out when no drill-down is open', () => {
    expect(indicatorPath({ year: 2025, code: null })).toBe('/chi-tieu?nam=2025');
  });
});
