import { describe, expect, it } from 'vitest';
import { textKey } from './text-key';

describe('textKey', () => {
  it('compares names without case, spacing or diacritics', () => {
    expect(textKey('  Nhà nghỉ   Hoa  Hồng ')).toBe(textKey('nha nghi hoa hong'));
    expect(textKey('Đường ĐÊ')).toBe('duong de');
  });

  it('treats composed and decomposed Vietnamese alike', () => {
    expect(textKey('Phù Tải'.normalize('NFD'))).toBe(textKey('Phù Tải'.normalize('NFC')));
  });

  it('keeps different names apart and gives empty text for nothing', () => {
    expect(textKey('Karaoke A')).not.toBe(textKey('Karaoke B'));
    expect(textKey(null)).toBe('');
  });
});
