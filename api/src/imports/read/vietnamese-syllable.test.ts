import { describe, expect, it } from 'vitest';
import { judgeWord, scoreVietnamese } from './vietnamese-syllable';

describe('judgeWord', () => {
  it('accepts Vietnamese syllables in any case', () => {
    for (const word of ['Nhà', 'nghỉ', 'Nguyễn', 'khuyến', 'Đường', 'NGHỈ', 'giữa', 'quốc', 'thuở'])
      expect([word, judgeWord(word)]).toEqual([word, 'vietnamese']);
  });

  it('refuses what a legacy encoding looks like when misread', () => {
    for (const word of ['Nhµ', 'nghØ', 'Nhaø', 'nghæ', 'NhỔ', 'th«n', 'Café', 'aè'])
      expect([word, judgeWord(word)]).toEqual([word, 'foreign']);
  });

  it('counts neither ASCII words nor typography', () => {
    expect(judgeWord('Karaoke')).toBe('ascii');
    expect(judgeWord('°')).toBe('symbol');
    expect(scoreVietnamese('Karaoke 38B, 20°43′')).toEqual({ vietnamese: 0, foreign: 0, score: 0 });
  });
});

describe('scoreVietnamese', () => {
  it('weighs a misread word twice a syllable', () => {
    expect(scoreVietnamese('Nhà nghỉ Hoa Hồng')).toEqual({ vietnamese: 3, foreign: 0, score: 3 });
    expect(scoreVietnamese('Nhµ nghØ Hoa Hång')).toEqual({ vietnamese: 0, foreign: 3, score: -6 });
  });
});
