import { describe, expect, it } from 'vitest';
import { patchedRecord } from './feature-patch';

const before = { name: 'Karaoke Hoa', phone: '0912', lngLat: [106.2, 20.7] as [number, number] };

describe('patchedRecord', () => {
  it('keeps what the patch leaves out and takes what it sends', () => {
    expect(patchedRecord(before, { properties: { phone: '0913' } })).toEqual({
      ...before,
      phone: '0913',
    });
    expect(patchedRecord(before, { geometry: { coordinates: [106.3, 20.8] } }).lngLat).toEqual([
      106.3, 20.8,
    ]);
  });

  it('clears the point for a geometry of null', () => {
    const talk = { title: 'Phát thanh', lngLat: [106.2, 20.7] as [number, number] | null };
    expect(patchedRecord(talk, { geometry: null }).lngLat).toBeNull();
  });
});
