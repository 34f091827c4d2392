// Coordinate systems as OGC API – Features Part 2 names them: a URI each, and the axis order the
// EPSG register gives (latitude first for EPSG:4326 and 4756, easting first for the projected
// VN-2000 zones). CRS84 is WGS 84 with longitude first, the order of GeoJSON and of storage.
import { type Crs, findCrs, supportedCrs, wgs84 } from '../geo/crs';

export const crs84Uri = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const epsgUri = (epsg: number) => `http://www.opengis.net/def/crs/EPSG/0/${epsg}`;

export type OgcCrs = {
  uri: string;
  /** The PostGIS SRID. */
  srid: number;
  /** Coordinates go out and bbox values come in latitude (northing) first. */
  latFirst: boolean;
  /** Decimals kept: 7 for degrees (~1 cm), 3 for metres. */
  digits: number;
};

const fromCrs = (crs: Crs): OgcCrs => ({
  uri: epsgUri(crs.epsg),
  srid: crs.epsg,
  latFirst: crs.kind === 'geographic',
  digits: crs.kind === 'geographic' ? 7 : 3,
});

export const crs84: OgcCrs = { uri: crs84Uri, srid: wgs84, latFirst: false, digits: 7 };

/** Every system a collection can be read in, CRS84 first (the storage CRS). */
export const ogcCrsList: readonly OgcCrs[] = [crs84, ...supportedCrs.map(fromCrs)];

/** A CRS URI (or `EPSG:n`, `CRS84`) we serve, else undefined. */
export function parseOgcCrs(text: string): OgcCrs | undefined {
  const value = text.trim();
  if (
    /^(?:urn:ogc:def:crs:OGC:1\.3:)?CRS84$|^https?:\/\/www\.opengis\.net\/def\/crs\/OGC\/1\.3\/CRS84$/i.test(
      value,
    )
  )
    return crs84;
  const match =
    /^(?:EPSG:|urn:ogc:def:crs:EPSG::|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/)(\d{4,5})$/i.exec(
      value,
    );
  const crs = match ? findCrs(Number(match[1])) : undefined;
  return crs && fromCrs(crs);
}
