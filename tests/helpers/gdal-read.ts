// GDAL as the reference client of the exports: a downloaded file is written to a private temp
// directory and read back with ogr2ogr (GDAL 3.6 has no `ogrinfo -json`), as QGIS would read it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

export type GdalFeature = {
  id?: string | number;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
};

/** Saves the bytes under `fileName` and returns the path GDAL opens (`/vsizip/` for zips). */
export function saveForGdal(bytes: ArrayBuffer, fileName: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-export-test-'));
  dirs.push(dir);
  const path = join(dir, fileName);
  writeFileSync(path, new Uint8Array(bytes));
  return fileName.endsWith('.shp.zip') ? `/vsizip/${path}` : path;
}

/** Every feature of the file's first layer as GeoJSON, in the file's own system. */
export function readWithGdal(path: string, openOptions: string[] = []): GdalFeature[] {
  const output = execFileSync(
    'ogr2ogr',
    ['-f', 'GeoJSON', '/vsistdout/', path, ...openOptions.flatMap((o) => ['-oo', o])],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, OGR_XLSX_HEADERS: 'FORCE' },
    },
  );
  return (JSON.parse(output) as { features: GdalFeature[] }).features;
}

/** `ogrinfo -so` of the file: its layer, feature count and coordinate system. */
export function gdalSummary(path: string): string {
  return execFileSync('ogrinfo', ['-so', '-al', path], { encoding: 'utf8' });
}

/** `gdaltransform` from WGS 84 (lng, lat) to `epsg`: [easting, northing] per point. */
export function gdalTransform(
  points: ReadonlyArray<readonly [number, number]>,
  epsg: number,
): Array<[number, number]> {
  const output = execFileSync(
    'gdaltransform',
    ['-s_srs', 'EPSG:4326', '-t_srs', `EPSG:${epsg}`, '-output_xy'],
    {
      input: points.map(([lng, lat]) => `${lng} ${lat}`).join('\n'),
      encoding: 'utf8',
      env: { ...process.env, OSR_DEFAULT_AXIS_MAPPING_STRATEGY: 'TRADITIONAL_GIS_ORDER' },
    },
  );
  return output
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
}
