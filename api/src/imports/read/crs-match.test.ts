import { describe, expect, it } from 'vitest';
import { matchSupportedCrs } from './crs-match';

const vn2000Shift =
  '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

// What GDAL writes as a Shapefile's .prj for EPSG:9210: ESRI style, no code, no TOWGS84.
const esriTm3 =
  'PROJCS["VN-2000_TM-3_105-45",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('matchSupportedCrs', () => {
  it('takes a code GDAL identified when we support it', () => {
    expect(matchSupportedCrs({ identifiedEpsg: 9209, proj4: '', wkt: '' })).toBe(9209);
  });

  it('matches an ESRI .prj of a TM-3 zone by datum name and parameters', () => {
    const proj4 =
      '+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs';
    expect(matchSupportedCrs({ identifiedEpsg: null, proj4, wkt: esriTm3 })).toBe(9210);
  });

  it('matches a hand-made TM-3 definition by its VN-2000 shift, old or new', () => {
    const wkt = 'PROJCS["Custom"]';
    const zone = (lon0: number, shift: string) =>
      `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${shift} +units=m`;
    expect(matchSupportedCrs({ identifiedEpsg: null, proj4: zone(105.5, vn2000Shift), wkt })).toBe(
      9209,
    );
    expect(
      matchSupportedCrs({
        identifiedEpsg: null,
        proj4: zone(107.5, '+towgs84=-192.873,-39.382,-111.202,-0.00205,-0.0005,0.00335,0.0188'),
        wkt,
      }),
    ).toBe(9216);
  });

  it('matches VN-2000 UTM and geographic systems', () => {
    const wkt = 'x';
    expect(
      matchSupportedCrs({
        identifiedEpsg: null,
        proj4: `+proj=utm +zone=48 +ellps=WGS84 ${vn2000Shift}`,
        wkt,
      }),
    ).toBe(3405);
    expect(
      matchSupportedCrs({
        identifiedEpsg: null,
        proj4: `+proj=longlat +ellps=WGS84 ${vn2000Shift}`,
        wkt,
      }),
    ).toBe(4756);
    expect(
      matchSupportedCrs({
        identifiedEpsg: null,
        proj4: '+proj=longlat +datum=WGS84 +no_defs',
        wkt,
      }),
    ).toBe(4326);
  });

  it('matches nothing for a zone we do not list, WGS 84 UTM, or a TM-3 zone on another datum', () => {
    const tm3 = (lon0: number, rest: string) =>
      `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=0.9999 +x_0=500000 +y_0=0 ${rest}`;
    expect(
      matchSupportedCrs({ identifiedEpsg: null, proj4: tm3(105.1, vn2000Shift), wkt: '' }),
    ).toBeNull();
    expect(
      matchSupportedCrs({
        identifiedEpsg: 32648,
        proj4: '+proj=utm +zone=48 +datum=WGS84',
        wkt: '',
      }),
    ).toBeNull();
    expect(
      matchSupportedCrs({ identifiedEpsg: null, proj4: tm3(105.75, '+datum=WGS84'), wkt: '' }),
    ).toBeNull();
  });
});
