import { describe, expect, it } from 'vitest';
import { placeText } from './place-text';

describe('placeText', () => {
  it('drops the commune, which every stop shares, and does not repeat the village', () => {
    expect(placeText('Thôn Cao Xá, xã Nam Thanh Miện', 'Cao Xá')).toBe('Thôn Cao Xá');
  });

  it('adds the village when the address does not name it', () => {
    expect(placeText('Số 12 đường 392, xã Nam Thanh Miện', 'Tiền Lê')).toBe(
      'Số 12 đường 392, Tiền Lê',
    );
  });

  it('makes do with either part, or says nothing', () => {
    expect(placeText(null, 'Phong Lâm')).toBe('Phong Lâm');
    expect(placeText('Thôn Tân Phong', null)).toBe('Thôn Tân Phong');
    expect(placeText(null, null)).toBeNull();
    expect(placeText('', null)).toBeNull();
  });
});
