// A file's coordinate system (as GDAL reads it from a .prj or the layer) matched to the systems
// we support (api/src/geo/crs.ts). ESRI-style .prj files of VN-2000 TM-3 zones carry no EPSG
// code and often no TOWGS84: they are matched by their parameters, datum VN-2000, central
// meridian, scale 0.9999, false easting 500 km.
import { supportedCrs } from '../../geo/crs';

export type FileSrs = {
  /** What `gdalsrsinfo -e` identified with full confidence, if anything. */
  identifiedEpsg: number | null;
  proj4: string;
  wkt: string;
};

/** VN-2000 → WGS 84 shifts in use: EPSG's (PROJ) and Circular 973/2001's older set. */
const vn2000Shifts = [
  [-191.904, -39.303, -111.45],
  [-192.873, -39.382, -111.202],
];

function proj4Parameters(proj4: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const token of proj4.trim().split(/\s+/)) {
    const match = /^\+([\w]+)(?:=(.*))?$/.exec(token);
    if (match?.[1]) params.set(match[1], match[2] ?? '');
  }
  return params;
}

function isVn2000(params: Map<string, string>, wkt: string): boolean {
  if (/vietnam|vn[-_ ]?2000|\bvn2000\b/i.test(wkt)) return true;
  const shift = params.get('towgs84')?.split(',').map(Number);
  return (
    shift !== undefined &&
    vn2000Shifts.some((known) => known.every((v, i) => Math.abs((shift[i] ?? 0) - v) < 10))
  );
}

function isWgs84(params: Map<string, string>, wkt: string): boolean {
  if (isVn2000(params, wkt)) return false;
  if (params.get('datum') === 'WGS84') return true;
  const shift = params.get('towgs84')?.split(',').map(Number);
  return params.get('ellps') === 'WGS84' && (shift === undefined || shift.every((v) => v === 0));
}

const near = (a: string | undefined, b: number, tolerance = 1e-6) =>
  Math.abs(Number(a ?? 0) - b) < tolerance;

/** The EPSG code of the supported system the file's SRS is, or null when it is none of them. */
export function matchSupportedCrs(srs: FileSrs): number | null {
  if (srs.identifiedEpsg !== null && supportedCrs.some((c) => c.epsg === srs.identifiedEpsg))
    return srs.identifiedEpsg;
  const params = proj4Parameters(srs.proj4);
  const proj = params.get('proj');
  const vn2000 = isVn2000(params, srs.wkt);
  if (proj === 'longlat') {
    if (vn2000) return 4756;
    return isWgs84(params, srs.wkt) ? 4326 : null;
  }
  if (!vn2000) return null;
  if (proj === 'utm' && !params.has('south')) {
    const zone = Number(params.get('zone'));
    return zone === 48 ? 3405 : zone === 49 ? 3406 : null;
  }
  if (proj !== 'tmerc' || !near(params.get('lat_0'), 0) || !near(params.get('y_0'), 0)) return null;
  if (!near(params.get('x_0'), 500_000, 1e-3)) return null;
  const centralMeridian = Number(params.get('lon_0') ?? Number.NaN);
  const scale = Number(params.get('k') ?? params.get('k_0') ?? 1);
  const projected = supportedCrs.filter((c) => c.kind === 'projected');
  const utm = Math.abs(scale - 0.9996) < 1e-9;
  const tm3 = Math.abs(scale - 0.9999) < 1e-9;
  const match = projected.find(
    (c) =>
      Math.abs((c.centralMeridian ?? Number.NaN) - centralMeridian) < 1e-6 &&
      (utm ? c.epsg === 3405 || c.epsg === 3406 : tm3 && c.epsg >= 9205),
  );
  return match?.epsg ?? null;
}
