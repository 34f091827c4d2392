// A Shapefile holds one kind of shape. Key areas may be areas and routes at once: exported as a
// zipped Shapefile they go out as two Shapefiles ("…-vung", "…-tuyen"), GDAL reads both, and
// the zip imported back reads both with zero changes.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveForGdal } from '../helpers/gdal-read';
import { importForm } from '../helpers/import-files';
import { testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });
const { sql } = police;

type Preview = { id: number; counts: Record<string, number>; notes?: string[] };
let routeImport: number;

async function upload(bytes: Uint8Array, fileName: string): Promise<Preview> {
  const response = await police.request('/api/imports', {
    method: 'POST',
    body: importForm(bytes, fileName, { kind: 'key-areas' }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as Preview;
}

beforeAll(async () => {
  // A route between two villages, with the properties our own export gives a key area.
  const [ends] = await sql<{ a: [number, number]; b: [number, number] }[]>`
    select json_build_array(ST_X(a), ST_Y(a)) as a, json_build_array(ST_X(b), ST_Y(b)) as b
    from (select ST_PointOnSurface(geom) a from villages where geom is not null order by id limit 1) x,
         (select ST_PointOnSurface(geom) b from villages where geom is not null order by id desc limit 1) y`;
  const exported = await police.request('/api/exports/key-areas.geojson');
  const template = ((await exported.json()) as { features: Array<{ properties: object }> })
    .features[0]?.properties as Record<string, unknown>;
  const route = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [ends?.a, ends?.b] },
        properties: {
          ...template,
          id: null,
          name: 'Tuyến đường liên thôn thử',
          kind: 'traffic-route',
        },
      },
    ],
  };
  const preview = await upload(
    new TextEncoder().encode(JSON.stringify(route)),
    'tuyen-duong.geojson',
  );
  expect(preview.counts).toMatchObject({ new: 1, refused: 0 });
  routeImport = preview.id;
  const committed = await police.request(`/api/imports/${routeImport}/commit`, { method: 'POST' });
  expect(committed.status, await committed.clone().text()).toBe(200);
});

afterAll(async () => {
  const undone = await police.request(`/api/imports/${routeImport}/undo`, { method: 'POST' });
  expect(undone.status).toBe(200);
});

describe('key areas with a route, as a zipped Shapefile', () => {
  it.each([4326, 9210])(
    'EPSG:%i: two Shapefiles, both read by GDAL and imported back unchanged',
    async (crs) => {
      const listed = await police.request('/api/key-areas');
      const count = ((await listed.json()) as { features: unknown[] }).features.length;
      const exported = await police.request(`/api/exports/key-areas.shp.zip?crs=EPSG:${crs}`);
      expect(exported.status).toBe(200);
      const bytes = new Uint8Array(await exported.arrayBuffer());

      const path = saveForGdal(bytes.buffer as ArrayBuffer, 'dia-ban.shp.zip');
      const summary = execFileSync('ogrinfo', ['-ro', '-so', '-al', path], {
        encoding: 'utf8',
      });
      expect(summary).toMatch(
        /Layer name: dia-ban-trong-diem-vung\n(?:.*\n)*?Geometry: (Multi )?Polygon/,
      );
      expect(summary).toMatch(
        /Layer name: dia-ban-trong-diem-tuyen\n(?:.*\n)*?Geometry: (Multi )?Line String/,
      );
      const featureCounts = [...summary.matchAll(/Feature Count: (\d+)/g)].map((m) => Number(m[1]));
      expect(featureCounts.reduce((a, b) => a + b, 0)).toBe(count);

      const preview = await upload(bytes, 'dia-ban.shp.zip');
      expect(preview.counts).toMatchObject({ new: 0, update: 0, refused: 0, unchanged: count });
      expect(preview.notes?.join(' ')).toContain('Đã đọc 2 lớp Shapefile trong tệp nén');
    },
  );
});
