import { describe, expect, it } from 'vitest';
import { seasonMonthSpans } from './season-months';

const months = Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describe('seasons as runs of months', () => {
  it('merges seasons that share a month, so no month is shaded twice', () => {
    const spans = seasonMonthSpans(
      [
        { name: 'Tết Nguyên Đán', from: '2026-02-03', to: '2026-03-03' },
        { name: 'Giỗ Tổ Hùng Vương', from: '2026-04-24', to: '2026-04-28' },
        { name: '30/4–1/5', from: '2026-04-28', to: '2026-05-03' },
        { name: 'Mùa du lịch hè', from: '2026-06-01', to: '2026-08-31' },
        { name: 'Quốc khánh 2/9', from: '2026-08-29', to: '2026-09-03' },
      ],
      months,
    );
    expect(spans).toEqual([
      { from: '2026-02', to: '2026-03', names: ['Tết Nguyên Đán'] },
      { from: '2026-04', to: '2026-05', names: ['Giỗ Tổ Hùng Vương', '30/4–1/5'] },
      { from: '2026-06', to: '2026-09', names: ['Mùa du lịch hè', 'Quốc khánh 2/9'] },
    ]);
  });

  it('clips a season to the months on the axis and drops one outside them', () => {
    const spans = seasonMonthSpans(
      [
        { name: 'Cuối năm', from: '2026-11-20', to: '2027-01-05' },
        { name: 'Tết năm trước', from: '2025-12-20', to: '2026-01-10' },
        { name: 'Tết năm sau', from: '2027-01-23', to: '2027-02-20' },
      ],
      months,
    );
    expect(spans).toEqual([
      { from: '2026-01', to: '2026-01', names: ['Tết năm trước'] },
      { from: '2026-11', to: '2026-11', names: ['Cuối năm'] },
    ]);
  });

  it('shades nothing on an empty axis', () => {
    expect(seasonMonthSpans([{ name: 'x', from: '2026-01-01', to: '2026-02-01' }], [])).toEqual([]);
  });
});
