// GeoPackage and Shapefile, written by GDAL's ogr2ogr. The rows go into its stdin as CSV with a
// WKT column while the cursor reads them (GDAL 3.6 reads GeoJSONSeq in two passes, seeking back
// to the start, which a pipe cannot do; its CSV reader makes one pass), and an OGR SQL select
// casts the numeric columns back to numbers. The output lands in a private temp directory that
// the caller removes when the file has been sent, or at once on an error or an aborted request.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '@ntm/domain/reports/csv';
import { ByteSink, ExportAborted } from './byte-sink';
import type { ExportFeature } from './export-features';
import { shpFieldNames } from './shp-field-names';

export type OgrFormat = 'gpkg' | 'shp.zip';

export type OgrOutput = {
  /** The private directory holding the output; remove it with `removeOutput`. */
  dir: string;
  /** The files to send: one GeoPackage, or the Shapefile's parts. */
  files: string[];
  count: number;
};

type FieldType = 'bigint' | 'float' | 'string';

/** Rows read ahead to decide each column's type (a column empty in all of them is text). */
const typeSample = 500;

const idLike = /^(id|village|businessId|duplicateOf|population|precisionMeters)$/;

function fieldTypes(keys: readonly string[], sample: readonly ExportFeature[]): FieldType[] {
  return keys.map((key) => {
    const values = sample
      .map((f) => f.properties[key])
      .filter((v) => v !== null && v !== undefined);
    if (values.length === 0 || !values.every((v) => typeof v === 'number')) return 'string';
    return idLike.test(key) && values.every((v) => Number.isInteger(v)) ? 'bigint' : 'float';
  });
}

const csvValue = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : csvField(
        typeof value === 'string'
          ? value
          : typeof value === 'number'
            ? String(value)
            : JSON.stringify(value),
      );

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const removeOutput = (dir: string) => rm(dir, { recursive: true, force: true });

/**
 * Runs ogr2ogr over the features; resolves with the output when it exits cleanly. Rejects
 * (after removing the directory) on a GDAL failure or when `signal` aborts.
 */
export async function writeWithOgr(
  features: AsyncIterable<ExportFeature>,
  o: {
    format: OgrFormat;
    srid: number;
    kind: 'point' | 'area';
    layerName: string;
    signal: AbortSignal;
  },
): Promise<OgrOutput> {
  const dir = await mkdtemp(join(tmpdir(), 'ntm-export-'));
  try {
    if (o.format === 'shp.zip' && o.kind === 'area') return await shapeFamilies(features, o, dir);
    return await run(features, o, dir, 'shp');
  } catch (error) {
    await removeOutput(dir);
    throw error;
  }
}

const isLine = (f: ExportFeature) => /^(MULTI)?LINESTRING/i.test(f.place.exportWkt ?? '');

async function* each(features: readonly ExportFeature[]) {
  yield* features;
}

/**
 * A Shapefile holds one kind of shape, so a layer of areas and routes (key areas may be both)
 * goes out as two: "…-vung" with the areas, "…-tuyen" with the routes. Area layers are small
 * (a commune's villages and key areas), so they are read whole to split them.
 */
async function shapeFamilies(
  features: AsyncIterable<ExportFeature>,
  o: Parameters<typeof writeWithOgr>[1],
  dir: string,
): Promise<OgrOutput> {
  const all: ExportFeature[] = [];
  for await (const f of features) all.push(f);
  const lines = all.filter(isLine);
  if (lines.length === 0 || lines.length === all.length) return run(each(all), o, dir, 'shp');
  const areas = await run(
    each(all.filter((f) => !isLine(f))),
    { ...o, layerName: `${o.layerName}-vung` },
    dir,
    'vung',
  );
  const routes = await run(each(lines), { ...o, layerName: `${o.layerName}-tuyen` }, dir, 'tuyen');
  return { dir, files: [...areas.files, ...routes.files], count: areas.count + routes.count };
}

async function run(
  features: AsyncIterable<ExportFeature>,
  o: Parameters<typeof writeWithOgr>[1],
  dir: string,
  shpFolder: string,
): Promise<OgrOutput> {
  const iterator = features[Symbol.asyncIterator]();
  const sample: ExportFeature[] = [];
  while (sample.length < typeSample) {
    const next = await iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const keys = sample[0] ? Object.keys(sample[0].properties) : ['id'];
  const names = o.format === 'shp.zip' ? shpFieldNames(keys) : keys;
  const types = fieldTypes(keys, sample);
  const select = names
    .map((name, i) =>
      types[i] === 'string'
        ? quoted(name)
        : `CAST(${quoted(name)} AS ${types[i]}) AS ${quoted(name)}`,
    )
    .join(', ');
  const shp = o.format === 'shp.zip';
  const target = shp ? join(dir, shpFolder) : join(dir, `${o.layerName}.gpkg`);
  const args = [
    '-f',
    shp ? 'ESRI Shapefile' : 'GPKG',
    target,
    'CSV:/vsistdin/',
    '-oo',
    'GEOM_POSSIBLE_NAMES=_wkt',
    '-oo',
    'KEEP_GEOM_COLUMNS=NO',
    '-oo',
    'EMPTY_STRING_AS_NULL=YES',
    '-a_srs',
    `EPSG:${o.srid}`,
    '-nln',
    o.layerName,
    '-nlt',
    o.kind === 'point' ? 'POINT' : 'PROMOTE_TO_MULTI',
    '-dialect',
    'OGRSQL',
    '-sql',
    `SELECT ${select} FROM layer`,
    '-gt',
    '65536',
    ...(shp ? ['-lco', 'ENCODING=UTF-8'] : ['-lco', 'GEOMETRY_NAME=geom']),
  ];
  if (o.signal.aborted) throw new ExportAborted();
  const child = spawn('ogr2ogr', args, {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, CPL_TMPDIR: dir },
  });
  const abort = () => child.kill('SIGKILL');
  o.signal.addEventListener('abort', abort);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 4_000) stderr += text;
  });
  child.stdin.on('error', () => {}); // EPIPE when GDAL stops early: its exit code says why
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  let count = 0;
  try {
    const sink = new ByteSink(child.stdin);
    await sink.write(`${[...names.map(csvField), '_wkt'].join(',')}\n`);
    const writeRow = (f: ExportFeature) =>
      sink.write(
        `${[...keys.map((k) => csvValue(f.properties[k])), csvValue(f.place.exportWkt)].join(',')}\n`,
      );
    for (const f of sample) {
      await writeRow(f);
      count += 1;
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      await writeRow(next.value);
      count += 1;
    }
    await sink.flush();
    child.stdin.end();
  } catch (error) {
    child.kill('SIGKILL');
    await exited.catch(() => null);
    o.signal.removeEventListener('abort', abort);
    throw o.signal.aborted ? new ExportAborted() : error;
  }
  const code = await exited;
  o.signal.removeEventListener('abort', abort);
  if (o.signal.aborted) throw new ExportAborted();
  if (code !== 0) throw new Error(`ogr2ogr exited with ${code}: ${stderr.trim()}`);
  const files = shp ? (await readdir(target)).sort().map((name) => join(target, name)) : [target];
  return { dir, files, count };
}
