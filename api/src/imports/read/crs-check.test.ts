import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkExtent, checkInVietnam } from './crs-check';

const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });

describe('checkExtent', () => {
  it('refuses degrees under a .prj in metres, naming the system', () => {
    const refusal = checkExtent(
      { epsg: 9210, source: 'prj', note: '' },
      [106.2, 20.7, 106.3, 20.8],
    );
    expect(refusal).toMatchObject({ status: 422, code: 'crs-mismatch' });
    expect(refusal?.message).toContain('Tệp .prj ghi hệ VN-2000 / TM-3 kinh tuyến trục 105°45′');
    expect(refusal?.message).toContain('độ kinh/vĩ');
  });

  it('refuses metres in a file that says degrees', () => {
    expect(
      checkExtent(
        { epsg: 4326, source: 'file', note: '' },
        [550_000, 2_290_000, 551_000, 2_291_000],
      ),
    ).toMatchObject({
      code: 'crs-mismatch',
      message: expect.stringContaining('VN-2000 X/Y'),
    });
  });

  it('lets coordinates that fit their system through, and an unknown system too', () => {
    expect(
      checkExtent(
        { epsg: 9210, source: 'prj', note: '' },
        [550_000, 2_290_000, 551_000, 2_291_000],
      ),
    ).toBeNull();
    expect(checkExtent({ epsg: null, source: 'none', note: '' }, [1, 2, 3, 4])).toBeNull();
  });
});

describe('checkInVietnam', () => {
  const crs = { epsg: 9209, source: 'user' as const, note: '' };

  it('refuses when most features land outside Vietnam', () => {
    expect(checkInVietnam(crs, [point(100.9, 20.7), point(101, 20.7), null])).toMatchObject({
      code: 'crs-mismatch',
      message: expect.stringContaining(
        'Hệ tọa độ đã chọn là VN-2000 / TM-3 kinh tuyến trục 105°30′',
      ),
    });
  });

  it('leaves a stray feature to the verdicts', () => {
    expect(checkInVietnam(crs, [point(106.2, 20.7), point(106.3, 20.7), point(0, 0)])).toBeNull();
  });

  it('finds the first position of polygons and collections', () => {
    const polygon: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [10, 10],
            [11, 10],
            [11, 11],
            [10, 10],
          ],
        ],
      ],
    };
    expect(checkInVietnam(crs, [polygon])).not.toBeNull();
    expect(
      checkInVietnam(crs, [{ type: 'GeometryCollection', geometries: [point(106.2, 20.7)] }]),
    ).toBeNull();
  });
});
