// Issue #14's round trip: what the app exports, imported back, changes nothing. Every format the
// export writes, in WGS 84 and the two TM-3 zones of the commune (KML is WGS 84 by definition).
import { describe, expect, it } from 'vitest';
import { importForm } from '../helpers/import-files';
import { testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });

type Preview = {
  id: number;
  counts: Record<'new' | 'update' | 'unchanged' | 'refused' | 'unplaced', number>;
  crs: { epsg: number | null };
};
type Row = { rowNumber: number; verdict: string; changed: string[]; problems: unknown[] };

const cases: Array<[format: string, crs: number, extra: string]> = [
  ['geojson', 4326, ''],
  ['kml', 4326, ''],
  ['kmz', 4326, ''],
  ['csv', 4326, ''],
  ['xlsx', 4326, ''],
  ['gpkg', 4326, ''],
  ['shp.zip', 4326, ''],
  ['geojson', 9209, ''],
  ['gpkg', 9209, ''],
  ['shp.zip', 9209, ''],
  ['csv', 9209, '&xy=EPSG:9209'],
  ['xlsx', 9209, '&xy=EPSG:9209'],
  ['geojson', 9210, ''],
  ['gpkg', 9210, ''],
  ['shp.zip', 9210, ''],
  ['csv', 9210, '&xy=EPSG:9210'],
  ['xlsx', 9210, '&xy=EPSG:9210'],
];

async function liveCount(): Promise<number> {
  const response = await police.request('/api/businesses');
  const body = (await response.json()) as { features: unknown[] };
  return body.features.length;
}

async function exportThenImport(format: string, crs: number, extra: string) {
  const exported = await police.request(
    `/api/exports/businesses.${format}?crs=EPSG:${crs}${extra}`,
  );
  expect(exported.status).toBe(200);
  const bytes = new Uint8Array(await exported.arrayBuffer());
  const fileName = `co-so.${format}`;
  const uploaded = await police.request('/api/imports', {
    method: 'POST',
    body: importForm(bytes, fileName, { kind: 'registry' }),
  });
  expect(uploaded.status, await uploaded.clone().text()).toBe(201);
  return (await uploaded.json()) as Preview;
}

describe('export → import of the registry', () => {
  it.each(cases)('%s in EPSG:%i imports back with zero changes', async (format, crs, extra) => {
    const count = await liveCount();
    const preview = await exportThenImport(format, crs, extra);
    const rowsOf = async (verdict: string) => {
      const response = await police.request(
        `/api/imports/${preview.id}/rows?limit=1000&verdict=${verdict}`,
      );
      return ((await response.json()) as { rows: Row[] }).rows;
    };
    if (preview.counts.new + preview.counts.update > 0) {
      const sample = [...(await rowsOf('update')), ...(await rowsOf('new'))].slice(0, 4);
      expect.fail(`${format} ${crs}: ${JSON.stringify(preview.counts)} ${JSON.stringify(sample)}`);
    }
    expect(preview.counts).toMatchObject({ new: 0, update: 0 });
    expect(preview.counts.unchanged + preview.counts.refused).toBe(count);
    // The only rows refused are premises other tests left twice in the registry under one
    // licence number (or name and address): the file repeats them, the import says so.
    const refused = await rowsOf('refused');
    expect(refused).toHaveLength(preview.counts.refused);
    for (const row of refused) {
      expect(row.problems, JSON.stringify(row)).toEqual([
        expect.objectContaining({ code: 'duplicate-in-file' }),
      ]);
    }
  });
});

const admin = testApp({ as: 'admin' });

describe('export → import of areas', () => {
  const areaCases: Array<[layer: string, kind: string, format: string, crs: number]> = [];
  for (const [layer, kind] of [
    ['key-areas', 'key-areas'],
    ['villages', 'villages'],
  ] as const) {
    for (const format of ['geojson', 'kml', 'kmz', 'gpkg', 'shp.zip']) {
      areaCases.push([layer, kind, format, 4326]);
      if (!format.startsWith('km')) {
        areaCases.push([layer, kind, format, 9209]);
        areaCases.push([layer, kind, format, 9210]);
      }
    }
  }

  it.each(areaCases)(
    '%s as %s (%s, EPSG:%i) imports back with zero changes',
    async (layer, kind, format, crs) => {
      const as = kind === 'villages' ? admin : police;
      const listed = await as.request(`/api/${layer}`);
      const count = ((await listed.json()) as { features: unknown[] }).features.length;
      const exported = await as.request(`/api/exports/${layer}.${format}?crs=EPSG:${crs}`);
      expect(exported.status).toBe(200);
      const bytes = new Uint8Array(await exported.arrayBuffer());
      const fields: Record<string, string> = { kind };
      if (kind === 'villages') fields.validFrom = '2026-12-01';
      const uploaded = await as.request('/api/imports', {
        method: 'POST',
        body: importForm(bytes, `${layer}.${format}`, fields),
      });
      expect(uploaded.status, await uploaded.clone().text()).toBe(201);
      const preview = (await uploaded.json()) as Preview;
      if (preview.counts.unchanged !== count) {
        const rows = await as.request(`/api/imports/${preview.id}/rows?limit=4`);
        expect.fail(`${JSON.stringify(preview.counts)} ${await rows.text()}`.slice(0, 1500));
      }
      expect(preview.counts).toMatchObject({ new: 0, update: 0, refused: 0, unchanged: count });
    },
  );
});
