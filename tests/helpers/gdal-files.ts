// Real files made by GDAL (ogr2ogr) from GeoJSON, in a temp folder, for the import tests: the
// same tool the land office and QGIS use, so the reader is tested on what they produce.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { FeatureCollection, Geometry, Position } from 'geojson';

export type GdalFormat = 'shapefile' | 'gpkg' | 'geojson' | 'kml' | 'kmz' | 'xlsx' | 'csv';

type Options = {
  epsg?: number;
  layer?: string;
  /** Shapefile parts to leave out of the zip (`shx`, `prj`, …). */
  omit?: string[];
  /** A .prj text to put in place of GDAL's. */
  prj?: string;
  /** A .cpg text to put in place of GDAL's, or null for none. */
  cpg?: string | null;
  /** Layer creation options for ogr2ogr. */
  lco?: string[];
};

const drivers: Record<GdalFormat, { driver: string; file: string }> = {
  shapefile: { driver: 'ESRI Shapefile', file: 'shp' },
  gpkg: { driver: 'GPKG', file: 'gpkg' },
  geojson: { driver: 'GeoJSON', file: 'geojson' },
  kml: { driver: 'KML', file: 'kml' },
  kmz: { driver: 'LIBKML', file: 'kmz' },
  xlsx: { driver: 'XLSX', file: 'xlsx' },
  csv: { driver: 'CSV', file: 'csv' },
};

/** Runs ogr2ogr from `collection` (WGS 84) to `format`, and gives the file's bytes (a zip for Shapefiles). */
export function gdalFile(
  collection: FeatureCollection<Geometry | null>,
  format: GdalFormat,
  options: Options = {},
): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'ntm-test-gdal-'));
  try {
    const source = join(folder, 'source.geojson');
    writeFileSync(source, JSON.stringify(collection));
    const layer = options.layer ?? 'thon';
    const { driver, file } = drivers[format];
    const out = format === 'shapefile' ? join(folder, 'out') : join(folder, `${layer}.${file}`);
    const target = format === 'shapefile' ? join(out, `${layer}.shp`) : out;
    if (format === 'shapefile') mkdirSync(out);
    const reproject = options.epsg ? ['-t_srs', `EPSG:${options.epsg}`] : [];
    const lco = (options.lco ?? []).flatMap((o) => ['-lco', o]);
    execFileSync('ogr2ogr', ['-f', driver, target, source, '-nln', layer, ...reproject, ...lco], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (format !== 'shapefile') return readFileSync(out);
    if (options.prj !== undefined) writeFileSync(join(out, `${layer}.prj`), options.prj);
    if (options.cpg !== undefined) {
      if (options.cpg === null) rmSync(join(out, `${layer}.cpg`), { force: true });
      else writeFileSync(join(out, `${layer}.cpg`), options.cpg);
    }
    const entries: Record<string, Uint8Array> = {};
    for (const name of readdirSync(out)) {
      const ext = name.split('.').pop() ?? '';
      if (!options.omit?.includes(ext)) entries[`${layer}/${name}`] = readFileSync(join(out, name));
    }
    return zipSync(entries);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every [lng, lat] of a geometry, flattened. */
export function positions(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positions);
  const out: Position[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node) && typeof node[0] === 'number') out.push(node as Position);
    else if (Array.isArray(node)) node.forEach(walk);
  };
  walk(geometry.coordinates);
  return out;
}

/** Metres between two WGS 84 positions, on the sphere: fine at the centimetre scale. */
export function metresBetween(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = ((b[1] ?? 0) - (a[1] ?? 0)) * rad;
  const dLng = ((b[0] ?? 0) - (a[0] ?? 0)) * rad * Math.cos((a[1] ?? 0) * rad);
  return 6_371_008.8 * Math.hypot(dLat, dLng);
}

/**
 * The largest distance from a vertex of `expected` to the nearest vertex of `actual`, in metres,
 * with the vertex counts equal: ring order and direction may change (a Shapefile's outer rings
 * run clockwise), the vertices may not move. `planar`: the coordinates are metres already
 * (a projected system); otherwise WGS 84 degrees.
 */
export function worstVertexMetres(
  expected: Geometry | null,
  actual: Geometry | null,
  planar = false,
): number {
  const want = positions(expected);
  const got = positions(actual);
  if (want.length !== got.length) return Number.POSITIVE_INFINITY;
  const distance = planar
    ? (p: Position, q: Position) => Math.hypot((p[0] ?? 0) - (q[0] ?? 0), (p[1] ?? 0) - (q[1] ?? 0))
    : metresBetween;
  return Math.max(0, ...want.map((p) => Math.min(...got.map((q) => distance(p, q)))));
}
