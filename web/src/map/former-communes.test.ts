import { describe, expect, it } from 'vitest';
import { formerCommuneColors } from './former-communes';

describe('formerCommuneColors', () => {
  it('gives each merged commune the same colour whatever order villages arrive in', () => {
    const a = formerCommuneColors(['Chi Lăng Nam', 'Hồng Phong', 'Thanh Giang', 'Chi Lăng Bắc']);
    const b = formerCommuneColors(['Thanh Giang', 'Chi Lăng Bắc', 'Hồng Phong', 'Chi Lăng Nam']);
    expect(a).toEqual(b);
    expect(a.map((c) => c.name)).toEqual([
      'Hồng Phong',
      'Thanh Giang',
      'Chi Lăng Bắc',
      'Chi Lăng Nam',
    ]);
  });

  it('treats "Xã Hồng Phong" as Hồng Phong and skips villages without one', () => {
    const colors = formerCommuneColors(['Xã Hồng Phong', null, undefined, 'Xã Hồng Phong']);
    expect(colors).toHaveLength(1);
    expect(colors[0]?.color).toBe(formerCommuneColors(['Hồng Phong'])[0]?.color);
  });

  it('lists names it does not know after the four, in Vietnamese order', () => {
    const names = formerCommuneColors(['Đoàn Tùng', 'Chi Lăng Nam', 'An Lâm']).map((c) => c.name);
    expect(names).toEqual(['Chi Lăng Nam', 'An Lâm', 'Đoàn Tùng']);
  });
});
