import { describe, expect, it } from 'vitest';
import { quarterData } from './fixtures/quarter-2026-q1';
import { reportSections } from './report-tables';
import type { ReportData } from './report-types';

const table = (data: ReportData, key: string) => {
  const found = reportSections(data)
    .flatMap((s) => s.tables)
    .find((t) => t.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
};
const cell = (data: ReportData, key: string, row: string, column: string) => {
  const t = table(data, key);
  const r = t.rows.find((x) => x.key === row);
  return r?.cells[t.columns.findIndex((c) => c.key === column)];
};

describe('the report tables', () => {
  it('numbers the nine parts of section II and gives every table a unique key', () => {
    const sections = reportSections(quarterData);
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const keys = sections.flatMap((s) => s.tables.map((t) => t.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of sections.flatMap((s) => s.tables)) {
      for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
    }
  });

  it('adds a total line to the businesses that sums each column', () => {
    expect(table(quarterData, 'businesses.byType').rows.at(-1)).toMatchObject({
      key: 'total',
      total: true,
      cells: [
        { kind: 'text', value: 'Tổng cộng' },
        { kind: 'count', value: 177 },
        { kind: 'count', value: 10 },
        { kind: 'count', value: 13 },
        { kind: 'count', value: 200 },
      ],
    });
  });

  it('shows a support result as hidden only where its counts are hidden', () => {
    expect(cell(quarterData, 'indicators', 'd', 'value')).toEqual({
      kind: 'safe',
      value: 'hidden',
    });
    expect(cell(quarterData, 'support.summary', 'share', 'value')).toEqual({
      kind: 'safe',
      value: 'hidden',
    });
    const nobody: ReportData = {
      ...quarterData,
      indicators: quarterData.indicators.map((i) =>
        i.code === 'd' ? { ...i, numerator: 0, denominator: 0, value: null } : i,
      ),
      support: { eligible: 0, reached: 0, share: null, opened: 0, byService: [] },
    };
    expect(cell(nobody, 'indicators', 'd', 'value')).toEqual({ kind: 'share', value: null });
    expect(cell(nobody, 'support.summary', 'share', 'value')).toEqual({
      kind: 'share',
      value: null,
    });
  });
});
