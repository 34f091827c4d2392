import { describe, expect, it } from 'vitest';
import { findIdentifyingNumber } from './identifying-text';

describe('findIdentifyingNumber', () => {
  it('finds phone numbers however they are written', () => {
    for (const text of [
      'gọi 0912345678',
      'sđt 0912 345 678 nhé',
      'số 091.234.5678',
      '+84 912 345 678',
      'zalo 912345678',
      '024-3825-1234',
    ]) {
      expect(findIdentifyingNumber(text), text).toBe('phone');
    }
  });

  it('finds a 12-digit citizen ID', () => {
    expect(findIdentifyingNumber('CCCD 030195001234')).toBe('citizen-id');
    expect(findIdentifyingNumber('cccd 030 195 001 234')).toBe('citizen-id');
  });

  it('lets dates, counts and short numbers through', () => {
    for (const text of [
      'Tư vấn ngày 12/03/2026, hẹn lại 2026-04-01',
      'Cần hỗ trợ 2 lần mỗi tháng, 15 phút',
      'Mã hồ sơ 12345678',
      '',
    ]) {
      expect(findIdentifyingNumber(text), text).toBeNull();
    }
  });
});
