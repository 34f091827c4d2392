import { describe, expect, it } from 'vitest';
import { seasonFactor, seasonsOf, seasonsOn } from './seasons';

function season(year: number, code: string) {
  const found = seasonsOf(year).find((s) => s.code === code);
  if (!found) throw new Error(`no season ${code} in ${year}`);
  return found;
}

describe('seasonsOf', () => {
  it('lists the six seasons of the plan with Vietnamese names, sorted by start', () => {
    const seasons = seasonsOf(2026);
    expect(seasons.map((s) => s.code).sort()).toEqual(
      ['hung-kings', 'national-day', 'reunification-day', 'summer', 'tet', 'year-end'].sort(),
    );
    expect(seasons.map((s) => s.from)).toEqual([...seasons.map((s) => s.from)].sort());
    expect(season(2026, 'tet').name).toBe('Tết Nguyên Đán');
    for (const s of seasons) expect(s.from <= s.to).toBe(true);
  });

  it('runs Tết from two weeks before to two weeks after the lunar new year', () => {
    expect(season(2025, 'tet')).toMatchObject({ from: '2025-01-15', to: '2025-02-12' });
    expect(season(2026, 'tet')).toMatchObject({ from: '2026-02-03', to: '2026-03-03' });
    expect(season(2027, 'tet')).toMatchObject({ from: '2027-01-23', to: '2027-02-20' });
  });

  it('puts Giỗ Tổ Hùng Vương around 10/3 lunar, computed each year', () => {
    const gioTo2026 = season(2026, 'hung-kings');
    expect(gioTo2026.from <= '2026-04-26' && '2026-04-26' <= gioTo2026.to).toBe(true);
    const gioTo2025 = season(2025, 'hung-kings');
    expect(gioTo2025.from <= '2025-04-07' && '2025-04-07' <= gioTo2025.to).toBe(true);
  });

  it('keeps the fixed holidays on their solar dates', () => {
    expect(season(2025, 'reunification-day')).toMatchObject({
      from: '2025-04-27',
      to: '2025-05-04',
    });
    expect(season(2025, 'summer')).toMatchObject({ from: '2025-06-01', to: '2025-08-31' });
    const nationalDay = season(2025, 'national-day');
    expect(nationalDay.from <= '2025-09-02' && '2025-09-02' <= nationalDay.to).toBe(true);
    expect(season(2025, 'year-end')).toMatchObject({ from: '2025-12-15', to: '2025-12-31' });
  });
});

describe('seasonFactor', () => {
  it('is 1 on an ordinary day', () => {
    expect(seasonFactor('2026-10-14')).toBe(1);
    expect(seasonsOn('2026-10-14')).toEqual([]);
  });

  it('is highest at Tết', () => {
    expect(seasonFactor('2026-02-17')).toBe(3);
    expect(seasonFactor('2026-03-03')).toBe(3);
    expect(seasonFactor('2026-03-04')).toBe(1);
  });

  it('takes the strongest of overlapping seasons', () => {
    // 31 August is both summer (1.3) and the National Day window (1.5).
    expect(
      seasonsOn('2025-08-31')
        .map((s) => s.code)
        .sort(),
    ).toEqual(['national-day', 'summer']);
    expect(seasonFactor('2025-08-31')).toBe(1.5);
  });

  it('rises for 30/4, summer and year end', () => {
    expect(seasonFactor('2026-04-30')).toBe(1.6);
    expect(seasonFactor('2026-07-15')).toBe(1.3);
    expect(seasonFactor('2026-12-24')).toBe(1.5);
  });
});
