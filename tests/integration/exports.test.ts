// Every export format of the registry read back by GDAL, the reference client: the API's
// features and fields for the role, Vietnamese text intact, VN-2000 coordinates equal to
// gdaltransform's, the .prj naming the zone, errors in the one shape, and the audit row.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shpFieldNames } from '@ntm/api/exports/shp-field-names';
import { neutraliseFormula } from '@ntm/domain/files/table-cell';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  type GdalFeature,
  gdalSummary,
  gdalTransform,
  readWithGdal,
  saveForGdal,
} from '../helpers/gdal-read';
import { communeCode, expectErrorShape, staffApps, testApp } from '../helpers/test-app';

const { police, leadership, health } = staffApps();
const anonymous = testApp({ as: null });

type ApiFeature = { id: number; properties: Record<string, unknown> };

async function apiFeatures(app: typeof police, path: string): Promise<ApiFeature[]> {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { features: ApiFeature[] }).features;
}

async function download(app: typeof police, path: string) {
  const response = await app.request(path);
  expect(
    response.status,
    await response
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBe(200);
  return { bytes: await response.arrayBuffer(), headers: response.headers };
}

/** A value as the file's text or number shows it: lists and objects as their JSON. */
const shown = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? null
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

const openOptions: Record<string, string[]> = { csv: ['AUTODETECT_TYPE=NO'] };

/** GDAL moves a property called `id` to the feature's own id. */
const idOf = (f: GdalFeature) => String(f.properties.id ?? f.id);

const formats = ['geojson', 'kml', 'kmz', 'csv', 'xlsx', 'gpkg', 'shp.zip'] as const;

describe('registry exports read back by GDAL', () => {
  it.each(formats)('%s has the API’s premises with the fields police see', async (format) => {
    const api = await apiFeatures(police, '/api/businesses');
    const { bytes, headers } = await download(police, `/api/exports/businesses.${format}`);
    expect(headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="co-so-kinh-doanh-\\d{4}-\\d{2}-\\d{2}\\.${format.replace('.', '\\.')}"; filename\\*=UTF-8''co-so-kinh-doanh-\\d{4}-\\d{2}-\\d{2}\\.${format.replace('.', '\\.')}$`,
      ),
    );
    const features = readWithGdal(saveForGdal(bytes, `export.${format}`), openOptions[format]);
    expect(features).toHaveLength(api.length);
    if (format === 'geojson') {
      // GDAL turns instants into its own form; the file itself carries the API's properties.
      const file = JSON.parse(new TextDecoder().decode(bytes)) as { features: ApiFeature[] };
      expect(file.features.map((f) => f.properties)).toEqual(api.map((f) => f.properties));
      return;
    }
    const byId = new Map(features.map((f) => [idOf(f), f]));
    const keys = Object.keys(api[0]?.properties ?? {});
    expect(keys).toContain('owner'); // police see owners
    const names = format === 'shp.zip' ? shpFieldNames(keys) : keys;
    const spreadsheet = format === 'csv' || format === 'xlsx';
    for (const a of api) {
      const f = byId.get(String(a.id)) as GdalFeature;
      expect(f, `premises ${a.id}`).toBeDefined();
      if (format === 'kml' || format === 'kmz') {
        // LIBKML gives the placemark's name as Name and ExtendedData as fields.
        expect(f.properties.Name).toBe(a.properties.name);
        expect(f.properties.address).toBe(a.properties.address);
        // A premises without an owner has no Data element; LIBKML gives the column as ''.
        expect(f.properties.owner || null).toBe(a.properties.owner ?? null);
        continue;
      }
      keys.forEach((key, i) => {
        if (key === 'id') return;
        const value = shown(a.properties[key]);
        // Spreadsheets put an apostrophe before a formula-like text (exports-privacy.test.ts).
        const want =
          value !== null && spreadsheet && typeof a.properties[key] !== 'number'
            ? neutraliseFormula(value)
            : value;
        const got = shown(f.properties[names[i] as string]);
        // A dBASE text field holds 254 bytes: longer texts (opening hours) are cut there.
        if (format === 'shp.zip' && want && Buffer.byteLength(want) > 254) {
          expect(want.startsWith(got ?? '-'), `${format} ${a.id} ${key}`).toBe(true);
        } else {
          expect(got, `${format} ${a.id} ${key}`).toBe(want);
        }
      });
    }
    // Vietnamese text survives every encoding step.
    expect(JSON.stringify(features)).toMatch(/xã Nam Thanh Miện/);
  });

  it('writes every other layer in every format with the API’s count', async () => {
    const layers = [
      ['villages', '/api/villages'],
      ['key-areas', '/api/key-areas'],
      ['tips', '/api/tips'],
      ['inspections', '/api/inspections'],
    ] as const;
    for (const [layer, path] of layers) {
      const api = await apiFeatures(police, path);
      for (const format of formats) {
        const { bytes } = await download(police, `/api/exports/${layer}.${format}`);
        const features = readWithGdal(
          saveForGdal(bytes, `${layer}.${format}`),
          openOptions[format],
        );
        expect(features.length, `${layer}.${format}`).toBe(api.length);
      }
    }
    const { bytes } = await download(police, '/api/exports/commune.gpkg');
    const [commune] = readWithGdal(saveForGdal(bytes, 'commune.gpkg'));
    expect(commune?.properties.code).toBe(communeCode);
    expect(commune?.geometry?.type).toBe('MultiPolygon');
  });
});

describe('VN-2000 coordinates', () => {
  async function exactPositions() {
    const rows = await police.sql<Array<{ id: number; lng: number; lat: number }>>`
      select id::int, ST_X(geom) as lng, ST_Y(geom) as lat from businesses
      where commune_code = ${communeCode} and deleted_at is null order by id`;
    return rows;
  }

  function expectWithinCentimetre(
    got: Map<string, [number, number]>,
    rows: Array<{ id: number; lng: number; lat: number }>,
    epsg: number,
  ) {
    const reference = gdalTransform(
      rows.map((r) => [r.lng, r.lat] as const),
      epsg,
    );
    expect(got.size).toBe(rows.length);
    rows.forEach((row, i) => {
      const [x, y] = got.get(String(row.id)) as [number, number];
      const [rx, ry] = reference[i] as [number, number];
      expect(Math.hypot(x - rx, y - ry), `premises ${row.id}`).toBeLessThan(0.01);
    });
  }

  it.each([
    [9210, 'gpkg'],
    [9209, 'gpkg'],
    [9210, 'geojson'],
    [9209, 'shp.zip'],
  ] as const)('EPSG:%i in %s equals gdaltransform within 1 cm', async (epsg, format) => {
    const rows = await exactPositions();
    const { bytes } = await download(police, `/api/exports/businesses.${format}?crs=EPSG:${epsg}`);
    const path = saveForGdal(bytes, `zone.${format}`);
    expect(gdalSummary(path)).toMatch(epsg === 9210 ? /105[-_°]45|105\.75/ : /105[-_°]30|105\.5\b/);
    const got = new Map(
      readWithGdal(path).map((f) => [idOf(f), f.geometry?.coordinates as [number, number]]),
    );
    expectWithinCentimetre(got, rows, epsg);
  });

  it('names the asked TM-3 zone in the Shapefile’s .prj and says UTF-8 in its .cpg', async () => {
    const { bytes } = await download(police, '/api/exports/villages.shp.zip?crs=EPSG:9210');
    const parts = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(parts).sort()).toEqual([
      'thon.cpg',
      'thon.dbf',
      'thon.prj',
      'thon.shp',
      'thon.shx',
    ]);
    const prj = strFromU8(parts['thon.prj'] as Uint8Array);
    expect(prj).toMatch(/VN-2000_TM-3_105-45/);
    expect(prj).toMatch(/"Central_Meridian",105\.75\]/);
    expect(strFromU8(parts['thon.cpg'] as Uint8Array).trim()).toBe('UTF-8');
  });

  it('adds X (northing) and Y (easting) columns to a CSV, named as surveyors write them', async () => {
    const rows = await exactPositions();
    const { bytes } = await download(police, '/api/exports/businesses.csv?xy=EPSG:9210');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const header = text.slice(1, text.indexOf('\r\n'));
    expect(header).toContain('"X (VN-2000 TM-3 105°45′, m)","Y (VN-2000 TM-3 105°45′, m)"');
    const features = readWithGdal(saveForGdal(bytes, 'xy.csv'), ['AUTODETECT_TYPE=NO']);
    const got = new Map(
      features.map((f) => [
        idOf(f),
        [
          Number(f.properties['Y (VN-2000 TM-3 105°45′, m)']),
          Number(f.properties['X (VN-2000 TM-3 105°45′, m)']),
        ] as [number, number],
      ]),
    );
    expectWithinCentimetre(got, rows, 9210);
    // And lat/lng in WGS 84 as the API gives them.
    const first = features[0]?.properties ?? {};
    expect(Number(first.lat)).toBeGreaterThan(20.6);
    expect(Number(first.lng)).toBeGreaterThan(106.1);
  });
});

describe('bad requests change nothing and say why', () => {
  it('an unknown layer is 404 with the list of layers', async () => {
    const error = await expectErrorShape(await police.request('/api/exports/owners.csv'), 404);
    expect(error.code).toBe('unknown-layer');
  });

  it('an unknown format is 400 with the list of formats', async () => {
    const error = await expectErrorShape(await police.request('/api/exports/businesses.pdf'), 400);
    expect(error.code).toBe('unknown-format');
  });

  it('an unsupported system is 400 with the supported ones', async () => {
    const response = await police.request('/api/exports/businesses.gpkg?crs=EPSG:3857');
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; details: { supported: Array<{ epsg: number }> } };
    };
    expect(body.error.code).toBe('unsupported-crs');
    expect(body.error.details.supported.map((c) => c.epsg)).toContain(9210);
  });

  it('KML stays in WGS 84 and X/Y need a projected VN-2000 zone', async () => {
    await expectErrorShape(await police.request('/api/exports/villages.kml?crs=EPSG:9210'), 400);
    await expectErrorShape(await police.request('/api/exports/businesses.csv?xy=EPSG:4326'), 400);
    await expectErrorShape(await police.request('/api/exports/businesses.gpkg?xy=EPSG:9210'), 400);
  });

  it('a role that may not read the layer is 403, no session 401', async () => {
    await expectErrorShape(await leadership.request('/api/exports/tips.csv'), 403);
    await expectErrorShape(await leadership.request('/api/exports/inspections.kml'), 403);
    await expectErrorShape(await health.request('/api/exports/businesses.xlsx'), 403);
    await expectErrorShape(await anonymous.request('/api/exports/villages.geojson'), 401);
  });
});

describe('audit', () => {
  it('records an export with format, system and row count, and no field values', async () => {
    const before = new Date();
    const api = await apiFeatures(police, '/api/businesses');
    await download(police, '/api/exports/businesses.csv?crs=EPSG:4756&xy=EPSG:9210');
    const [row] = await police.sql<Array<{ action: string; entity: string; diff: unknown }>>`
      select action, entity, diff from audit_log
      where action = 'export' and at >= ${before.toISOString()} order by id desc limit 1`;
    expect(row).toMatchObject({
      action: 'export',
      entity: 'businesses',
      diff: { format: 'csv', crs: 'EPSG:4756', xy: 'EPSG:9210', rows: api.length, completed: true },
    });
    expect(JSON.stringify(row?.diff)).not.toContain(String(api[0]?.properties.name));
  });
});

describe('temporary files', () => {
  it('an aborted GeoPackage export leaves no temporary directory and is audited as incomplete', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'ntm-export-abort-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch; // os.tmpdir() reads it at each call
    try {
      const controller = new AbortController();
      controller.abort();
      const response = await police.request('/api/exports/businesses.gpkg', {
        signal: controller.signal,
      });
      expect(response.status).not.toBe(200);
      expect(readdirSync(scratch)).toEqual([]);
      const [row] = await police.sql<Array<{ diff: { completed: boolean; format: string } }>>`
        select diff from audit_log where action = 'export' order by id desc limit 1`;
      expect(row?.diff).toMatchObject({ format: 'gpkg', completed: false });
      // A finished one cleans up too, once the file has been sent.
      const done = await police.request('/api/exports/businesses.gpkg');
      expect((await done.arrayBuffer()).byteLength).toBeGreaterThan(0);
      await expect.poll(() => readdirSync(scratch)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
