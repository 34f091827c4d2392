// A few positions of a file's system moved to WGS 84 with `gdaltransform`, only to check that
// the system the file claims puts it in Vietnam; the rows keep the file's own coordinates.
import { wgs84 } from '../../geo/crs';
import { runGdal } from './gdal-process';

/** At most this many positions are checked: enough to tell, cheap on 20,000 features. */
const sampleSize = 500;

export async function toWgs84(
  positions: ReadonlyArray<readonly number[]>,
  epsg: number,
  where: { cwd: string; hide: string },
): Promise<number[][]> {
  const step = Math.max(1, Math.ceil(positions.length / sampleSize));
  const sample = positions.filter((_, i) => i % step === 0);
  if (epsg === wgs84 || sample.length === 0) return sample.map((p) => [...p]);
  const out = await runGdal(
    'gdaltransform',
    ['-s_srs', `EPSG:${epsg}`, '-t_srs', `EPSG:${wgs84}`, '-output_xy'],
    {
      ...where,
      input: sample.map(([x = 0, y = 0]) => `${x} ${y}`).join('\n'),
      // EPSG:4326 is latitude first unless told: longitude, latitude as GeoJSON has them.
      config: { OSR_DEFAULT_AXIS_MAPPING_STRATEGY: 'TRADITIONAL_GIS_ORDER' },
    },
  );
  return out
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
}
