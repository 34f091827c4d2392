// Vector tiles at /api/tiles: decoded with @mapbox/vector-tile (and read by GDAL's MVT driver),
// each role's tiles hold exactly what its GET route gives it and no field more, a tip's reporter
// is in no tile, a write names new tiles, and bad addresses get a 400 in the error shape.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { tileColumn, tileRow } from '@ntm/domain/geo/tile-grid';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });
const village = testApp({ as: 'thon-bang-son' });
const culture = testApp({ as: 'vanhoa' });
const health = testApp({ as: 'tramyte' });
const anonymous = testApp({ as: null });
const dir = mkdtempSync(join(tmpdir(), 'ntm-tiles-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type App = typeof police;
type TileJson = {
  tilejson: string;
  tiles: string[];
  bounds: [number, number, number, number];
  maxzoom: number;
  vector_layers: { id: string; fields: Record<string, string> }[];
};

const tileJsonOf = async (app: App, layer: string) => {
  const response = await app.request(`/api/tiles/${layer}`);
  expect(response.status).toBe(200);
  return (await response.json()) as TileJson;
};

/** The tile's path as the layer's TileJSON names it for this caller. */
const tilePath = (tileJson: TileJson, z: number, x: number, y: number) => {
  const url = new URL(tileJson.tiles[0] as string);
  return `${url.pathname}${url.search}`
    .replace('%7Bz%7D', String(z))
    .replace('%7Bx%7D', String(x))
    .replace('%7By%7D', String(y));
};

type Decoded = { id: number | undefined; properties: Record<string, unknown>; inside: boolean };

async function decode(response: Response, layer: string): Promise<Decoded[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
  const raw = Buffer.from(await response.arrayBuffer());
  // app.request() hands back the bytes as sent: gzip when the client said it takes it.
  const bytes = response.headers.get('content-encoding') === 'gzip' ? gunzipSync(raw) : raw;
  const tile = new VectorTile(new PbfReader(bytes));
  const found = tile.layers[layer];
  if (!found) return [];
  return Array.from({ length: found.length }, (_, i) => {
    const feature = found.feature(i);
    const [point] = feature.loadGeometry()[0] ?? [];
    const inside =
      point !== undefined && point.x >= 0 && point.x < 4096 && point.y >= 0 && point.y < 4096;
    return { id: feature.id, properties: feature.properties, inside };
  });
}

/** Every feature of every tile at zoom `z` over the commune, each counted in its own tile only. */
async function allFeatures(app: App, layer: string, z: number) {
  const tileJson = await tileJsonOf(app, layer);
  const [w, s, e, n] = tileJson.bounds;
  const found: Decoded[] = [];
  for (let x = tileColumn(w, z); x <= tileColumn(e, z); x++) {
    for (let y = tileRow(n, z); y <= tileRow(s, z); y++) {
      const features = await decode(await app.request(tilePath(tileJson, z, x, y)), layer);
      found.push(...features.filter((f) => f.inside));
    }
  }
  return found;
}

const idsOf = async (app: App, path: string) => {
  const response = await app.request(path);
  const body = (await response.json()) as {
    features: { id?: number; properties: { id: number } }[];
  };
  return body.features.map((f) => Number(f.id ?? f.properties.id)).sort((a, b) => a - b);
};

describe('vector tiles', () => {
  it('describes each layer in TileJSON 3.0, its tiles named by version and share', async () => {
    const tileJson = await tileJsonOf(police, 'businesses');
    expect(tileJson.tilejson).toBe('3.0.0');
    expect(tileJson.tiles[0]).toMatch(
      /\/api\/tiles\/businesses\/\{z\}\/\{x\}\/\{y\}\.mvt\?v=\d+&s=all$/,
    );
    expect(tileJson.vector_layers.map((l) => l.id)).toEqual(['businesses']);
    expect((await tileJsonOf(village, 'businesses')).tiles[0]).toMatch(/&s=v\d+$/);
    expect((await tileJsonOf(village, 'tips')).tiles[0]).toMatch(/&s=u\d+$/);
  });

  it.each([
    ['police', police],
    ['a village head', village],
    ['culture', culture],
  ])('gives %s at zoom 16 exactly the businesses of GET /api/businesses', async (_, app) => {
    const fromTiles = (await allFeatures(app, 'businesses', 16)).map((f) => Number(f.id));
    expect(fromTiles.sort((a, b) => a - b)).toEqual(await idsOf(app, '/api/businesses'));
  });

  it('draws only the types asked for, and names them in the address', async () => {
    const response = await police.request('/api/tiles/businesses?types=massage,karaoke');
    const tileJson = (await response.json()) as TileJson;
    expect(tileJson.tiles[0]).toMatch(/&types=karaoke,massage$/);
    const [w, s, e, n] = tileJson.bounds;
    const found: Decoded[] = [];
    for (let x = tileColumn(w, 16); x <= tileColumn(e, 16); x++) {
      for (let y = tileRow(n, 16); y <= tileRow(s, 16); y++) {
        found.push(
          ...(await decode(await police.request(tilePath(tileJson, 16, x, y)), 'businesses')),
        );
      }
    }
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.properties.type))).toEqual(new Set(['karaoke', 'massage']));
    await expectErrorShape(await police.request('/api/tiles/businesses?types=brothel'), 400);
    await expectErrorShape(await police.request('/api/tiles/tips/0/0/0.mvt?types=massage'), 400);
  });

  it('answers the whole layer with counts and tiles once it is larger than the map takes', async () => {
    const all = await idsOf(police, '/api/businesses');
    const small = await police.request(`/api/businesses?tiledAbove=${all.length}`);
    expect(((await small.json()) as { features: unknown[] }).features).toHaveLength(all.length);
    const large = await police.request(`/api/businesses?tiledAbove=${all.length - 1}`);
    const body = (await large.json()) as {
      features: unknown[];
      tiled: { count: number; byType: Record<string, number>; tilejson: string };
    };
    expect(body.features).toEqual([]);
    expect(body.tiled.count).toBe(all.length);
    expect(Object.values(body.tiled.byType).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(body.tiled.tilejson).toBe('/api/tiles/businesses');
    // A village head's count is their own village's, as the layer would be.
    const own = await idsOf(village, '/api/businesses');
    const theirs = await village.request('/api/businesses?tiledAbove=1');
    expect(((await theirs.json()) as typeof body).tiled.count).toBe(own.length);
  });

  it("keeps a village head's tiles to their own village", async () => {
    const features = await allFeatures(village, 'businesses', 16);
    expect(features.length).toBeGreaterThan(0);
    expect(new Set(features.map((f) => f.properties.villageName))).toEqual(new Set(['Bằng Sơn']));
  });

  it('clusters businesses up to zoom 15, every business counted once', async () => {
    const features = await allFeatures(police, 'businesses', 13);
    const clusters = features.filter((f) => f.properties.point_count !== undefined);
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.every((f) => f.id === undefined && f.properties.name === undefined)).toBe(true);
    const counted = features.reduce((n, f) => n + Number(f.properties.point_count ?? 1), 0);
    expect(counted).toBe((await idsOf(police, '/api/businesses')).length);
  });

  it.each([
    ['police', police],
    ['culture', culture],
    ['a village head', village],
  ])('gives %s the tips it may see, with no reporter field', async (_, app) => {
    const features = await allFeatures(app, 'tips', 16);
    const fromTiles = features.map((f) => Number(f.id)).sort((a, b) => a - b);
    const located = await app.request('/api/tips');
    const body = (await located.json()) as {
      features: {
        id: number;
        geometry: unknown;
        properties: { receivedAt: string; deadline: string | null };
      }[];
    };
    const expected = body.features.filter((f) => f.geometry !== null);
    expect(fromTiles).toEqual(expected.map((f) => Number(f.id)).sort((a, b) => a - b));
    const fields = new Set(features.flatMap((f) => Object.keys(f.properties)));
    for (const field of fields) {
      expect([
        'status',
        'category',
        'channel',
        'receivedAt',
        'deadline',
        'precisionMeters',
        'businessId',
      ]).toContain(field);
    }
    // The tile's instants are the list's to the millisecond: the deadline drawn in SQL is the
    // one the API computes (domain/src/tips/deadlines.ts), absent once a tip is closed.
    const byId = new Map(features.map((f) => [Number(f.id), f.properties]));
    const asSent = (f: (typeof expected)[number]) => ({
      receivedAt: new Date(f.properties.receivedAt).toISOString(),
      deadline: f.properties.deadline ?? undefined,
    });
    const asTiled = (id: number) => {
      const p = byId.get(id);
      return { receivedAt: p?.receivedAt, deadline: p?.deadline };
    };
    expect(expected.map((f) => asTiled(f.id))).toEqual(expected.map(asSent));
    // Police see open tips too, so the deadlines compared are not all absent.
    if (app === police) expect(expected.some((f) => f.properties.deadline !== null)).toBe(true);
  });

  it("carries no reporter's name, phone or address in any role's tiles", async () => {
    // The demo has no named reporters: give every located tip one, as police would record them.
    const secrets = ['Canary Reporter Tên', '0987654321', 'Số 9 ngõ Canary'];
    await police.sql`
      insert into tip_reporters (tip_id, commune_code, name, phone, address)
      select id, commune_code, ${secrets[0] as string}, ${secrets[1] as string}, ${secrets[2] as string}
      from tips where geom is not null
      on conflict (tip_id) do nothing`;
    onTestFinished(async () => {
      await police.sql`delete from tip_reporters where name = ${secrets[0] as string}`;
    });
    let read = 0;
    for (const app of [police, culture, village]) {
      for (const layer of ['tips', 'businesses']) {
        const tileJson = await tileJsonOf(app, layer);
        // Zoom 0: the one tile that holds every feature the role may see.
        const response = await app.request(tilePath(tileJson, 0, 0, 0), {
          headers: { 'accept-encoding': 'identity' },
        });
        const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
        for (const secret of secrets) expect(text).not.toContain(secret);
        read += text.length;
      }
    }
    expect(read).toBeGreaterThan(10_000); // the tiles were not empty
  });

  it('is read by GDAL as a Mapbox Vector Tile with the layer and its fields', async () => {
    const tileJson = await tileJsonOf(police, 'businesses');
    const [w, s, e, n] = tileJson.bounds;
    const z = 14;
    const x = tileColumn((w + e) / 2, z);
    const y = tileRow((s + n) / 2, z);
    const response = await police.request(tilePath(tileJson, z, x, y), {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.headers.get('content-encoding')).toBeNull();
    const refused = await police.request(tilePath(tileJson, z, x, y), {
      headers: { 'accept-encoding': 'gzip;q=0, br' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const file = join(dir, `${y}.mvt`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const info = execFileSync(
      'ogrinfo',
      ['-ro', '-so', '-al', '-oo', `X=${x}`, '-oo', `Y=${y}`, '-oo', `Z=${z}`, file],
      {
        encoding: 'utf8',
      },
    );
    expect(info).toMatch(/Layer name: businesses/);
    expect(info).toMatch(/Feature Count: [1-9]/);
    expect(info).toMatch(/villageName: String/);
  });

  it('answers 304 to a client holding the tile, and names new tiles after a write', async () => {
    const before = await tileJsonOf(police, 'businesses');
    const path = tilePath(before, 16, 0, 0);
    const first = await police.request(path);
    expect(first.headers.get('cache-control')).toBe('private, max-age=604800, immutable');
    const etag = first.headers.get('etag') as string;
    const again = await police.request(path, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    await police.sql`update businesses set name = name where id = (select min(id) from businesses)`;
    const after = await tileJsonOf(police, 'businesses');
    expect(after.tiles[0]).not.toBe(before.tiles[0]);
    const stale = await police.request(path, { headers: { 'if-none-match': etag } });
    expect(stale.status).toBe(200);
    // An address of an older version is answered with today's tile, kept by no one.
    expect(stale.headers.get('cache-control')).toBe('private, no-cache');
    const share = await police.request(path.replace('s=all', 's=v1'));
    expect(share.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('refuses a role whose GET route is closed to it, and anyone signed out', async () => {
    await expectErrorShape(await health.request('/api/tiles/businesses'), 403);
    await expectErrorShape(await health.request('/api/tiles/tips/14/0/0.mvt'), 403);
    await expectErrorShape(await anonymous.request('/api/tiles/businesses/14/0/0.mvt'), 401);
  });

  it.each([
    ['z past the deepest zoom', '/api/tiles/businesses/23/0/0.mvt'],
    ['x outside the grid', '/api/tiles/businesses/2/4/0.mvt'],
    ['y outside the grid', '/api/tiles/businesses/2/0/4.mvt'],
    ['z not a number', '/api/tiles/businesses/NaN/0/0.mvt'],
    ['a negative x', '/api/tiles/businesses/2/-1/0.mvt'],
    ['another ending', '/api/tiles/businesses/2/0/0.pbf'],
    ['a layer that does not exist', '/api/tiles/tip_reporters/2/0/0.mvt'],
    ['TileJSON of a layer that does not exist', '/api/tiles/support-cases'],
  ])('refuses %s with a 400 in the error shape', async (_, path) => {
    await expectErrorShape(await police.request(path), 400);
  });
});
