import { describe, expect, it } from 'vitest';
import { seasonSpans } from './season-months';

const months = Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const round = (spans: ReturnType<typeof seasonSpans>) =>
  spans.map((s) => ({
    ...s,
    x1: Math.round(s.x1 * 1000) / 1000,
    x2: Math.round(s.x2 * 1000) / 1000,
  }));

describe('seasons on a month axis', () => {
  it('covers the part of each month a season’s days do', () => {
    // February 2026 has 28 days: the 3rd starts 2/28 into its band (centred on 2).
    const [tet] = seasonSpans([{ name: 'Tết', from: '2026-02-03', to: '2026-03-03' }], months);
    expect(tet?.x1).toBeCloseTo(1.5 + 2 / 28);
    expect(tet?.x2).toBeCloseTo(2.5 + 3 / 31);
  });

  it('merges seasons that overlap or touch, so no day is shaded twice, and keeps the others apart', () => {
    const spans = round(
      seasonSpans(
        [
          { name: 'Mùa du lịch hè', from: '2026-06-01', to: '2026-08-31' },
          { name: 'Giỗ Tổ Hùng Vương', from: '2026-04-24', to: '2026-04-28' },
          { name: '30/4–1/5', from: '2026-04-28', to: '2026-05-03' },
          { name: 'Quốc khánh 2/9', from: '2026-09-01', to: '2026-09-03' },
        ],
        months,
      ),
    );
    expect(spans.map((s) => s.names)).toEqual([
      ['Giỗ Tổ Hùng Vương', '30/4–1/5'],
      ['Mùa du lịch hè', 'Quốc khánh 2/9'],
    ]);
    expect(spans[1]).toMatchObject({ x1: 5.5, x2: 8.6 });
  });

  it('clips a season to the axis and drops one outside it', () => {
    const spans = seasonSpans(
      [
        { name: 'Cuối năm', from: '2026-11-20', to: '2027-01-05' },
        { name: 'Tết năm trước', from: '2025-12-20', to: '2026-01-10' },
        { name: 'Tết năm sau', from: '2027-01-23', to: '2027-02-20' },
      ],
      months,
    );
    expect(spans.map((s) => s.names[0])).toEqual(['Tết năm trước', 'Cuối năm']);
    expect(spans[0]?.x1).toBe(0.5);
    expect(spans[1]?.x2).toBe(11.5);
  });

  it('shades nothing on an empty axis', () => {
    expect(seasonSpans([{ name: 'x', from: '2026-01-01', to: '2026-02-01' }], [])).toEqual([]);
  });
});
