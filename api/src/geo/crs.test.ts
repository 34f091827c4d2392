import { describe, expect, it } from 'vitest';
import { findCrs, parseCrs, supportedCrs } from './crs';

describe('supported coordinate systems', () => {
  it('lists WGS 84, VN-2000 geographic, both UTM zones and all fourteen TM-3 zones', () => {
    const codes = supportedCrs.map((crs) => crs.epsg);
    expect(codes.slice(0, 4)).toEqual([4326, 4756, 3405, 3406]);
    expect(codes.slice(4)).toEqual(Array.from({ length: 14 }, (_, i) => 9205 + i));
  });

  it('names a TM-3 zone by its central meridian in degrees and minutes', () => {
    expect(findCrs(9209)?.label).toBe('VN-2000 / TM-3 kinh tuyến trục 105°30′');
    expect(findCrs(9210)?.label).toBe('VN-2000 / TM-3 kinh tuyến trục 105°45′');
    expect(findCrs(9205)?.label).toBe('VN-2000 / TM-3 kinh tuyến trục 103°00′');
  });

  it('reads EPSG codes, OGC URIs and CRS84', () => {
    expect(parseCrs('EPSG:9210')?.epsg).toBe(9210);
    expect(parseCrs('epsg:4756')?.epsg).toBe(4756);
    expect(parseCrs('9209')?.epsg).toBe(9209);
    expect(parseCrs('http://www.opengis.net/def/crs/EPSG/0/3405')?.epsg).toBe(3405);
    expect(parseCrs('http://www.opengis.net/def/crs/OGC/1.3/CRS84')?.epsg).toBe(4326);
    expect(parseCrs('CRS84')?.epsg).toBe(4326);
  });

  it('refuses systems it does not support', () => {
    expect(parseCrs('EPSG:3857')).toBeUndefined();
    expect(parseCrs('EPSG:9219')).toBeUndefined();
    expect(parseCrs('9210; drop table')).toBeUndefined();
    expect(parseCrs('')).toBeUndefined();
  });
});
