import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-error';
import { itemsParams } from './items-params';

const businesses = {
  temporal: false,
  filters: [
    { name: 'type', values: ['karaoke', 'massage'] },
    { name: 'village', integer: true as const },
  ],
};
const tips = { temporal: true, filters: [] };

const read = (query: string, collection: Parameters<typeof itemsParams>[1] = businesses) =>
  itemsParams(new URLSearchParams(query), collection);

/** The 400's parameter, or a failure when the query is accepted. */
function refused(query: string, collection: Parameters<typeof itemsParams>[1] = businesses) {
  try {
    read(query, collection);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    return ((error as ApiError).details as { parameter: string }).parameter;
  }
  throw new Error(`accepted: ${query}`);
}

describe('the items query', () => {
  it('defaults to 100 items from the first, in CRS84, unfiltered', () => {
    const params = read('');
    expect(params).toMatchObject({
      limit: 100,
      offset: 0,
      bbox: null,
      datetime: null,
      filters: {},
    });
    expect(params.crs.uri).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84');
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1000000000', 'limit'],
    ['limit=10001', 'limit'],
    ['limit=-5', 'limit'],
    ['limit=2.5', 'limit'],
    ['offset=x', 'offset'],
    ['bbox=106.2,NaN,106.3,20.8', 'bbox'],
    ['bbox=106.3,20.7,106.2,20.8', 'bbox'],
    ['bbox=106.2,20.8,106.3,20.7', 'bbox'],
    ['bbox=106.2,20.7,106.3', 'bbox'],
    ['bbox=106.2,20.7,106.3,Infinity', 'bbox'],
    ['bbox-crs=EPSG:4326', 'bbox-crs'],
    ['crs=EPSG:3857', 'crs'],
    ['crs=http://www.opengis.net/def/crs/EPSG/0/99999', 'crs'],
    ['bbox=1,2,3,4&bbox-crs=nonsense', 'bbox-crs'],
    ['type=casino', 'type'],
    ['village=abc', 'village'],
    ['colour=red', 'colour'],
    ['f=html', 'f'],
    ['limit=5&limit=6', 'limit'],
    ['datetime=2026-01-01T00:00:00Z', 'datetime'],
  ])('refuses %s with a 400 naming %s', (query, parameter) => {
    expect(refused(query)).toBe(parameter);
  });

  it('reads a bbox in the axis order of its CRS, always giving west, south, east, north', () => {
    expect(read('bbox=106.2,20.7,106.3,20.8').bbox?.edges).toEqual([106.2, 20.7, 106.3, 20.8]);
    const latFirst = read(
      'bbox=20.7,106.2,20.8,106.3&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326',
    ).bbox;
    expect(latFirst?.edges).toEqual([106.2, 20.7, 106.3, 20.8]);
    expect(latFirst?.crs.srid).toBe(4326);
    const tm3 = read('bbox=560000,2290000,570000,2300000&bbox-crs=EPSG:9210').bbox;
    expect(tm3?.edges).toEqual([560000, 2290000, 570000, 2300000]);
    expect(read('bbox=106.2,20.7,0,106.3,20.8,10').bbox?.edges).toEqual([106.2, 20.7, 106.3, 20.8]);
  });

  it('names the output CRS by its URI, latitude first for EPSG:4326 as the register has it', () => {
    expect(read('crs=http://www.opengis.net/def/crs/EPSG/0/4326').crs).toMatchObject({
      srid: 4326,
      latFirst: true,
    });
    expect(read('crs=http://www.opengis.net/def/crs/EPSG/0/9210').crs).toMatchObject({
      srid: 9210,
      latFirst: false,
      digits: 3,
    });
  });

  it('takes a datetime as an instant, a day in Vietnam time or an interval open at one end', () => {
    expect(read('datetime=2026-02-01T08:00:00%2B07:00', tips).datetime).toEqual({
      from: '2026-02-01T01:00:00.000Z',
      to: '2026-02-01T01:00:00.000Z',
    });
    expect(read('datetime=2026-02-01', tips).datetime).toEqual({
      from: '2026-01-31T17:00:00.000Z',
      to: '2026-02-01T16:59:59.999Z',
    });
    expect(read('datetime=../2026-02-01T00:00:00Z', tips).datetime).toEqual({
      from: null,
      to: '2026-02-01T00:00:00.000Z',
    });
    expect(read('datetime=2026-02-01T00:00:00Z/', tips).datetime?.to).toBeNull();
  });

  it.each([
    'datetime=yesterday',
    'datetime=2026-13-45',
    'datetime=../..',
    'datetime=2026-03-01/2026-02-01',
    'datetime=2026-01-01/2026-02-01/2026-03-01',
  ])('refuses %s', (query) => {
    expect(refused(query, tips)).toBe('datetime');
  });

  it('keeps the property filters it knows', () => {
    expect(read('type=karaoke&village=3').filters).toEqual({ type: 'karaoke', village: '3' });
  });
});
