import { describe, expect, it } from 'vitest';
import { villageNameKey, villageSlug } from './village-name-key';

describe('villageNameKey', () => {
  it('matches a name with or without diacritics, case and the word thôn', () => {
    const key = villageNameKey('Phù Tải');
    expect(villageNameKey('Thôn Phù Tải')).toBe(key);
    expect(villageNameKey('thon phu tai')).toBe(key);
    expect(villageNameKey('PHÙ  TẢI ')).toBe(key);
  });

  it('keeps different villages apart', () => {
    expect(villageNameKey('Lý Đông')).not.toBe(villageNameKey('Lý Tây'));
    expect(villageNameKey('Đông Xá')).toBe('dong-xa');
  });

  it('slugs a name as the accounts use it', () => {
    expect(villageSlug('Đan Giáp')).toBe('dan-giap');
    expect(`thon-${villageSlug('Phù Tải')}`).toBe('thon-phu-tai');
  });
});

describe('villageSlug', () => {
  it('drops Vietnamese diacritics and turns đ into d', () => {
    const names = ['Phù Tải', 'Đan Giáp', 'Chi Lăng Nam', 'Thượng Đạt'];
    expect(names.map(villageSlug)).toEqual(['phu-tai', 'dan-giap', 'chi-lang-nam', 'thuong-dat']);
  });

  it('joins words with single hyphens and trims the ends', () => {
    expect(villageSlug('  Xóm  Mới (cũ) ')).toBe('xom-moi-cu');
  });
});
