import { describe, expect, it } from 'vitest';
import { businessStatusOf, businessTypeOf } from './business-words';
import { keyAreaKindOf } from './key-area-words';

describe('businessTypeOf', () => {
  it.each([
    ['Nhà nghỉ', 'lodging'],
    ['KHÁCH SẠN', 'lodging'],
    ['Nhà trọ có thu tiền theo giờ', 'lodging'],
    ['Karaoke', 'karaoke'],
    ['Quán cà phê karaoke', 'karaoke'],
    ['Massage', 'massage'],
    ['Xông hơi, xoa bóp', 'massage'],
    ['Homestay', 'short-term-rental'],
    ['Căn hộ cho thuê ngắn ngày', 'short-term-rental'],
    ['Cà phê', 'bar-cafe'],
    ['Ca phe giai khat', 'bar-cafe'],
    ['Bar, pub', 'bar-cafe'],
    ['Khác', 'other'],
    ['short-term-rental', 'short-term-rental'],
  ])('%s → %s', (text, type) => {
    expect(businessTypeOf(text)).toBe(type);
  });

  it('knows nothing of other trades', () => {
    expect(businessTypeOf('Tạp hóa')).toBeUndefined();
    expect(businessTypeOf('Nhà trọ')).toBeUndefined();
  });
});

describe('businessStatusOf', () => {
  it.each([
    ['Đang hoạt động', 'active'],
    ['Tạm ngừng', 'suspended'],
    ['Tạm ngừng hoạt động', 'suspended'],
    ['Đã đóng cửa', 'closed'],
    ['Ngừng hoạt động', 'closed'],
    ['closed', 'closed'],
  ])('%s → %s', (text, status) => {
    expect(businessStatusOf(text)).toBe(status);
  });

  it('knows nothing of other words', () => {
    expect(businessStatusOf('Chưa rõ')).toBeUndefined();
  });
});

describe('keyAreaKindOf', () => {
  it('reads the kinds of key area', () => {
    expect(keyAreaKindOf('Khu vực giáp ranh')).toBe('border');
    expect(keyAreaKindOf('Khu du lịch Đảo Cò')).toBe('tourist');
    expect(keyAreaKindOf('Tuyến giao thông QL38B')).toBe('traffic-route');
    expect(keyAreaKindOf('Khu nhà trọ công nhân')).toBe('worker-housing');
    expect(keyAreaKindOf('Khu vực quân sự')).toBe('military');
    expect(keyAreaKindOf('Chợ')).toBeUndefined();
  });
});
