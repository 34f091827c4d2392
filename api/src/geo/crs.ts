// The coordinate systems a commune's files come in and go out in. Web-safe (no runtime imports):
// the import and export screens list the same systems the API accepts.
//
// VN-2000 (EPSG:4756) is the national datum since 2000 (Decision 83/2000/QĐ-TTg). Land offices
// draw cadastral maps in its TM-3 zones (scale 0.9999, false easting 500 km), each province on
// its own central meridian (Circular 973/2001/TCĐC-CP): 105°30′ for the former Hải Dương
// communes (EPSG:9209), 105°45′ for Hải Phòng (EPSG:9210). Migration 0026 adds 9205–9218.

export type CrsKind = 'geographic' | 'projected';

export type Crs = {
  /** EPSG code; also the PostGIS SRID. */
  epsg: number;
  /** Vietnamese label for the pickers. */
  label: string;
  kind: CrsKind;
  /** Central meridian in degrees, for projected systems. */
  centralMeridian?: number;
};

const tm3 = (epsg: number, centralMeridian: number): Crs => {
  const degrees = Math.floor(centralMeridian);
  const minutes = Math.round((centralMeridian - degrees) * 60);
  return {
    epsg,
    label: `VN-2000 / TM-3 kinh tuyến trục ${degrees}°${String(minutes).padStart(2, '0')}′`,
    kind: 'projected',
    centralMeridian,
  };
};

export const wgs84 = 4326;

/** Every system we read and write, WGS 84 first. */
export const supportedCrs: readonly Crs[] = [
  { epsg: 4326, label: 'WGS 84 (kinh độ, vĩ độ)', kind: 'geographic' },
  { epsg: 4756, label: 'VN-2000 (kinh độ, vĩ độ)', kind: 'geographic' },
  { epsg: 3405, label: 'VN-2000 / UTM múi 48N', kind: 'projected', centralMeridian: 105 },
  { epsg: 3406, label: 'VN-2000 / UTM múi 49N', kind: 'projected', centralMeridian: 111 },
  tm3(9205, 103),
  tm3(9206, 104),
  tm3(9207, 104.5),
  tm3(9208, 104.75),
  tm3(9209, 105.5),
  tm3(9210, 105.75),
  tm3(9211, 106),
  tm3(9212, 106.25),
  tm3(9213, 106.5),
  tm3(9214, 107),
  tm3(9215, 107.25),
  tm3(9216, 107.5),
  tm3(9217, 108.25),
  tm3(9218, 108.5),
];

const byEpsg = new Map(supportedCrs.map((crs) => [crs.epsg, crs]));

/** The system for an EPSG code we support, else undefined. */
export function findCrs(epsg: number): Crs | undefined {
  return byEpsg.get(epsg);
}

/**
 * `EPSG:9210`, `9210`, `http://www.opengis.net/def/crs/EPSG/0/9210`, `CRS84` or
 * `http://www.opengis.net/def/crs/OGC/1.3/CRS84` → the supported system, else undefined.
 */
export function parseCrs(text: string): Crs | undefined {
  const value = text.trim();
  if (/^(?:urn:ogc:def:crs:OGC:1\.3:)?CRS84$|\/OGC\/1\.3\/CRS84$/i.test(value))
    return findCrs(wgs84);
  const match =
    /^(?:EPSG:|urn:ogc:def:crs:EPSG::|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/)?(\d{4,5})$/i.exec(
      value,
    );
  return match ? findCrs(Number(match[1])) : undefined;
}
