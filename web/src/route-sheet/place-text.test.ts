import { describe, expect, it } from 'vitest';
import { namesakes, placeText, premisesPlace } from './place-text';

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

describe('telling premises of one name apart', () => {
  const sen = (id: number, villageName: string, licenceNumber: string) => ({
    id,
    name: 'Massage Sen Việt',
    address: `Thôn ${villageName}, xã Nam Thanh Miện`,
    villageName,
    licenceNumber,
  });

  it('finds the premises that share name, village and address, not those in other villages', () => {
    const all = [
      sen(57, 'Triều Dương', 'A1'),
      sen(196, 'Triều Dương', 'B2'),
      sen(78, 'Tân Phong', 'C3'),
    ];
    expect([...namesakes(all)].sort()).toEqual([196, 57].sort());
  });

  it('adds the licence number only where the place alone cannot tell them apart', () => {
    expect(premisesPlace(sen(57, 'Triều Dương', '04F8151883'), true)).toBe(
      'Thôn Triều Dương · GP 04F8151883',
    );
    expect(premisesPlace(sen(78, 'Tân Phong', '04F8258585'), false)).toBe('Thôn Tân Phong');
    expect(premisesPlace({ ...sen(1, '', 'X9'), address: null, villageName: null }, true)).toBe(
      'GP X9',
    );
  });
});
