import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { importForm, tableCounts } from '../helpers/import-files';
import { expectErrorShape, staffApps, type testApp } from '../helpers/test-app';

const { police, admin } = staffApps();
const { sql } = police;

const feature = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({
  type: 'Feature',
  properties,
  geometry,
});
const file = (features: Feature[]) =>
  new TextEncoder().encode(
    JSON.stringify({ type: 'FeatureCollection', features } satisfies FeatureCollection),
  );

type Row = {
  rowNumber: number;
  verdict: string;
  problems: Array<{ code: string; message: string }>;
};
const rowsOf = async (app: ReturnType<typeof testApp>, id: number) => {
  const body = (await (await app.request(`/api/imports/${id}/rows?limit=1000`)).json()) as {
    rows: Row[];
  };
  return new Map(body.rows.map((r) => [r.rowNumber, r]));
};

/** A square of `half` degrees around a point. */
const square = ([x, y]: [number, number], half: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x - half, y - half],
      [x + half, y - half],
      [x + half, y + half],
      [x - half, y + half],
      [x - half, y - half],
    ],
  ],
});

let centre: [number, number];
let stored: { name: string; kind: string; geometry: Geometry };

beforeAll(async () => {
  await police.request('/api/auth/me'); // signed in before counting audit entries
  const [c] = await sql<[{ lng: number; lat: number }]>`
    select ST_X(p) as lng, ST_Y(p) as lat from (select ST_PointOnSurface(geom) p from communes) c`;
  centre = [c.lng, c.lat];
  [stored] = await sql<[typeof stored]>`
    select name, kind::text, ST_AsGeoJSON(geom, 15)::json as geometry from key_areas
    where kind <> 'border' order by id limit 1`;
});

describe('key areas from a GeoJSON file', () => {
  it('previews new, unchanged and refused areas, commits them and undoes them', async () => {
    const [x, y] = centre;
    const bowTie: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 0.002, y + 0.002],
          [x + 0.002, y],
          [x, y + 0.002],
          [x, y],
        ],
      ],
    };
    const bytes = file([
      feature(
        { Ten: 'Khu trọ Công nhân Mới', Loai: 'Khu nhà trọ công nhân' },
        square(centre, 0.001),
      ),
      feature({ Ten: 'Hình nơ', Loai: 'du lịch' }, bowTie),
      feature({ Ten: stored.name, Loai: stored.kind }, stored.geometry),
      feature({ Ten: 'Khu ở Hà Nội', Loai: 'du lịch' }, square([105.85, 21.03], 0.001)),
    ]);
    const before = await tableCounts(sql);
    const response = await police.request('/api/imports', {
      method: 'POST',
      body: importForm(bytes, 'dia-ban.geojson', { kind: 'key-areas' }),
    });
    expect(response.status).toBe(201);
    const preview = (await response.json()) as {
      id: number;
      counts: Record<string, number>;
      mapping: Record<string, string>;
    };
    expect(preview.mapping).toMatchObject({ name: 'Ten', kind: 'Loai' });
    expect(preview.counts).toMatchObject({ new: 1, unchanged: 1, refused: 2 });
    const rows = await rowsOf(police, preview.id);
    expect(rows.get(2)?.problems).toEqual([
      {
        code: 'self-intersection',
        message: `Tự cắt tại ${Math.round((x + 0.001) * 1e5) / 1e5}, ${Math.round((y + 0.001) * 1e5) / 1e5}`,
      },
    ]);
    expect(rows.get(4)?.problems.map((p) => p.code)).toEqual(['outside-commune']);
    expect((await tableCounts(sql)).keyAreas).toBe(before.keyAreas);

    expect(
      (await police.request(`/api/imports/${preview.id}/commit`, { method: 'POST' })).status,
    ).toBe(200);
    const committed = await tableCounts(sql);
    expect(committed.keyAreas).toBe(before.keyAreas + 1);
    expect(committed.audit - before.audit).toBe(3); // the preview, the new area, the import
    const [made] = await sql<
      [{ kind: string }]
    >`select kind::text from key_areas where name = 'Khu trọ Công nhân Mới'`;
    expect(made.kind).toBe('worker-housing');

    expect(
      (await police.request(`/api/imports/${preview.id}/undo`, { method: 'POST' })).status,
    ).toBe(200);
    expect((await tableCounts(sql)).keyAreas).toBe(before.keyAreas);
  });
});

describe('key areas from a KML with a network link', () => {
  it('previews the placemarks and says the link was not followed, storing nothing', async () => {
    const [x, y] = centre;
    const ring = [
      [x - 0.001, y - 0.001],
      [x + 0.001, y - 0.001],
      [x + 0.001, y + 0.001],
      [x - 0.001, y - 0.001],
    ]
      .map(([a, b]) => `${a},${b},0`)
      .join(' ');
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<NetworkLink><name>Lớp trên mạng</name><Link><href>http://127.0.0.1:9/them.kml</href></Link></NetworkLink>
<Placemark><name>Khu du lịch ven sông</name><description>du lịch</description>
<Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>
</Placemark></Document></kml>`;
    const before = await tableCounts(sql);
    const response = await police.request('/api/imports', {
      method: 'POST',
      body: importForm(new TextEncoder().encode(kml), 'dia-ban.kml', { kind: 'key-areas' }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const preview = (await response.json()) as { id: number; notes: string[] };
    expect(preview.notes).toEqual([
      expect.stringContaining('1 liên kết mạng (NetworkLink) không được tải về'),
    ]);
    const again = await police.request(`/api/imports/${preview.id}`);
    expect(((await again.json()) as { notes: string[] }).notes).toEqual(preview.notes);
    const after = await tableCounts(sql);
    expect(after.keyAreas).toBe(before.keyAreas);
  });
});

describe('village boundaries', () => {
  it('refuses overlapping villages naming both and the overlap in m², and commits nothing', async () => {
    const bytes = file([
      feature({ 'Tên thôn': 'Thôn Một' }, square(centre, 0.002)),
      feature({ 'Tên thôn': 'Thôn Hai' }, square([centre[0] + 0.002, centre[1]], 0.002)),
    ]);
    const before = await tableCounts(sql);
    const response = await admin.request('/api/imports', {
      method: 'POST',
      body: importForm(bytes, 'thon.geojson', { kind: 'villages', validFrom: '2027-01-01' }),
    });
    expect(response.status).toBe(201);
    const preview = (await response.json()) as {
      id: number;
      counts: Record<string, number>;
      gaps: unknown[];
    };
    expect(preview.counts.refused).toBe(2);
    expect(preview.gaps.length).toBeGreaterThan(0);
    const rows = await rowsOf(admin, preview.id);
    const overlap = rows.get(1)?.problems.find((p) => p.code === 'overlap');
    expect(overlap?.message).toMatch(/^Chồng lấn với «Thôn Hai» [\d.]+ m²$/);
    expect(rows.get(2)?.problems.find((p) => p.code === 'overlap')?.message).toContain(
      '«Thôn Một»',
    );
    const error = await expectErrorShape(
      await admin.request(`/api/imports/${preview.id}/commit`, { method: 'POST' }),
      422,
    );
    expect(error.code).toBe('refused-rows');
    const after = await tableCounts(sql);
    expect({ ...after, audit: 0, imports: 0 }).toEqual({ ...before, audit: 0, imports: 0 });
  });
});
