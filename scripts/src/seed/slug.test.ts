import { describe, expect, it } from 'vitest';
import { slugOf } from './slug';

describe('slugOf', () => {
  it('drops Vietnamese diacritics and turns đ into d', () => {
    expect(slugOf('Phù Tải')).toBe('phu-tai');
    expect(slugOf('Đan Giáp')).toBe('dan-giap');
    expect(slugOf('Chi Lăng Nam')).toBe('chi-lang-nam');
    expect(slugOf('Thượng Đạt')).toBe('thuong-dat');
  });

  it('joins words with single hyphens and trims the ends', () => {
    expect(slugOf('  Xóm  Mới (cũ) ')).toBe('xom-moi-cu');
  });
});
