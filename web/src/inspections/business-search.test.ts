import { describe, expect, it } from 'vitest';
import { matchBusinesses, searchable } from './business-search';

const businesses = [
  { id: 1, name: 'Karaoke Hoa Hồng', address: 'Thôn Đông' },
  { id: 2, name: 'Nhà nghỉ Hoa Hồng', address: 'Quốc lộ 1A' },
  { id: 3, name: 'Nhà nghỉ Bình An', address: 'Thôn Đông' },
];

describe('finding a business as typed on a phone', () => {
  it('drops marks and case, and đ reads as d', () => {
    expect(searchable('  Nhà  Nghỉ ĐÔNG ')).toBe('nha nghi dong');
  });

  it('finds by name or address without marks, every word counting, name starts first', () => {
    expect(matchBusinesses(businesses, 'nha nghi hoa').map((b) => b.id)).toEqual([2]);
    expect(matchBusinesses(businesses, 'thon dong').map((b) => b.id)).toEqual([1, 3]);
    expect(matchBusinesses(businesses, 'hoa hồng').map((b) => b.id)).toEqual([1, 2]);
    expect(matchBusinesses(businesses, 'nhà nghỉ').map((b) => b.id)).toEqual([3, 2]);
  });

  it('shows nothing before something is typed, and at most the limit', () => {
    expect(matchBusinesses(businesses, '   ')).toEqual([]);
    expect(matchBusinesses(businesses, 'a', 2)).toHaveLength(2);
  });
});
