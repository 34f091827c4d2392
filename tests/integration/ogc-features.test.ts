// OGC API – Features at /ogc with GDAL as the real client: the collections a token's role reads
// and no others, exactly the API's features for that role, every item once across pages,
// VN-2000 coordinates equal to gdaltransform's, and bad input refused with a 400, never a 500.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gdalTransform } from '../helpers/gdal-read';
import { communeCode, demoPassword, expectErrorShape } from '../helpers/test-app';
import { startTestServer } from '../helpers/test-server';

let server: Awaited<ReturnType<typeof startTestServer>>;
const dir = mkdtempSync(join(tmpdir(), 'ntm-ogc-test-'));
const tokens = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A personal API token of `username`, made as its owner would make one. */
async function tokenOf(username: string): Promise<string> {
  const known = tokens.get(username);
  if (known) return known;
  const signIn = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const response = await fetch(`${server.url}/api/auth/tokens`, {
    method: 'POST',
    headers: { cookie, origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'GDAL' }),
  });
  expect(response.status).toBe(201);
  const { token } = (await response.json()) as { token: string };
  tokens.set(username, token);
  return token;
}

const get = async (path: string, username: string | null = 'congan', headers: HeadersInit = {}) =>
  fetch(`${server.url}${path}`, {
    headers: {
      ...(username ? { authorization: `Bearer ${await tokenOf(username)}` } : {}),
      ...headers,
    },
  });

/** GDAL with the token in its request headers, as a QGIS user would configure it. */
async function gdal(command: 'ogrinfo' | 'ogr2ogr', args: string[], username: string) {
  const headerFile = join(dir, `${username}.headers`);
  writeFileSync(headerFile, `Authorization: Bearer ${await tokenOf(username)}\n`);
  // Not execFileSync: the server answering GDAL runs in this process, on this event loop.
  const { stdout } = await promisify(execFile)(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GDAL_HTTP_HEADER_FILE: headerFile },
  });
  return stdout;
}

const ogcUrl = () => `OAPIF:${server.url}/ogc`;

describe('OGC API – Features read by GDAL', () => {
  it.each([
    ['congan', ['villages', 'key-areas', 'businesses', 'tips', 'inspections']],
    ['vanhoa', ['villages', 'key-areas', 'businesses', 'tips', 'inspections']],
    ['lanhdao', ['villages', 'key-areas', 'businesses']],
    ['tramyte', ['villages', 'key-areas']],
    ['thon-bang-son', ['villages', 'key-areas', 'businesses', 'tips']],
  ])('lists for %s the collections of its role and no others', async (username, expected) => {
    const listed = [
      ...(await gdal('ogrinfo', [ogcUrl()], username)).matchAll(/^\d+: ([\w-]+) /gm),
    ].map((m) => m[1]);
    expect(listed).toEqual(expected);
  });

  it.each(['congan', 'thon-bang-son', 'lanhdao'])(
    'copies into a GeoPackage exactly the features /api/businesses gives %s',
    async (username) => {
      const api = (await (await get('/api/businesses', username)).json()) as {
        next: string | null;
        features: Array<{
          id: number;
          properties: Record<string, unknown>;
          geometry: { coordinates: number[] };
        }>;
      };
      // The demo commune's premises fit one page of /api/businesses: the list is whole.
      expect(api.next).toBeNull();
      const gpkg = join(dir, `${username}.gpkg`);
      await gdal(
        'ogr2ogr',
        ['-f', 'GPKG', gpkg, ogcUrl(), 'businesses', '-oo', 'PAGE_SIZE=50'],
        username,
      );
      const read = JSON.parse(
        execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', gpkg], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      ) as {
        features: Array<{
          properties: Record<string, unknown>;
          geometry: { coordinates: number[] };
        }>;
      };
      expect(api.features.length).toBeGreaterThan(0);
      const byId = new Map(read.features.map((f) => [Number(f.properties.id), f]));
      expect([...byId.keys()].sort((a, b) => a - b)).toEqual(
        api.features.map((f) => f.id).sort((a, b) => a - b),
      );
      for (const feature of api.features) {
        const copied = byId.get(feature.id);
        expect(copied?.properties.name).toBe(feature.properties.name);
        expect(copied?.properties.owner ?? null).toBe(feature.properties.owner ?? null);
        expect(copied?.geometry.coordinates).toEqual(feature.geometry.coordinates);
      }
      if (username === 'lanhdao')
        expect(read.features.every((f) => !('owner' in f.properties))).toBe(true);
    },
  );

  it('pages through a collection following its next links, each item once', async () => {
    const seen: number[] = [];
    let next: string | undefined = `/ogc/collections/businesses/items?limit=7`;
    let matched = 0;
    while (next) {
      const page = (await (await get(next.replace(server.url, ''))).json()) as {
        features: Array<{ id: number }>;
        numberMatched: number;
        numberReturned: number;
        links: Array<{ rel: string; href: string }>;
      };
      expect(page.numberReturned).toBe(page.features.length);
      matched = page.numberMatched;
      seen.push(...page.features.map((f) => f.id));
      next = page.links.find((l) => l.rel === 'next')?.href;
    }
    const [{ n }] = await server.sql<[{ n: number }]>`
      select count(*)::int as n from businesses where commune_code = ${communeCode} and deleted_at is null`;
    expect(matched).toBe(n);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('writes EPSG:9210 coordinates equal to gdaltransform within 1 cm, and EPSG:4326 latitude first', async () => {
    const rows = await server.sql<Array<{ id: number; lng: number; lat: number }>>`
      select id::int, ST_X(geom) as lng, ST_Y(geom) as lat from businesses
      where commune_code = ${communeCode} and deleted_at is null order by id limit 50`;
    const response = await get(
      '/ogc/collections/businesses/items?limit=50&crs=http://www.opengis.net/def/crs/EPSG/0/9210',
    );
    expect(response.headers.get('content-crs')).toBe(
      '<http://www.opengis.net/def/crs/EPSG/0/9210>',
    );
    const page = (await response.json()) as {
      features: Array<{ id: number; geometry: { coordinates: [number, number] } }>;
    };
    const reference = gdalTransform(
      rows.map((r) => [r.lng, r.lat] as const),
      9210,
    );
    rows.forEach((row, i) => {
      const [x, y] = page.features[i]?.geometry.coordinates ?? [0, 0];
      expect(page.features[i]?.id).toBe(row.id);
      expect(Math.hypot(x - (reference[i]?.[0] ?? 0), y - (reference[i]?.[1] ?? 0))).toBeLessThan(
        0.01,
      );
    });
    const latFirst = (await (
      await get(
        '/ogc/collections/businesses/items?limit=1&crs=http://www.opengis.net/def/crs/EPSG/0/4326',
      )
    ).json()) as { features: Array<{ geometry: { coordinates: [number, number] } }> };
    expect(latFirst.features[0]?.geometry.coordinates[0]).toBeCloseTo(rows[0]?.lat ?? 0, 6);
  });

  it('filters by a bbox in another CRS, by property and by datetime', async () => {
    const all = (await (await get('/ogc/collections/businesses/items?limit=1000')).json()) as {
      features: Array<{
        geometry: { coordinates: [number, number] };
        properties: { type: string };
      }>;
    };
    const inBox = all.features.filter(
      ({
        geometry: {
          coordinates: [x, y],
        },
      }) => x <= 106.24 && y <= 20.72,
    );
    const box = (await (
      await get(
        '/ogc/collections/businesses/items?limit=1000&bbox=20,106,20.72,106.24&bbox-crs=EPSG:4326',
      )
    ).json()) as { numberMatched: number };
    expect(box.numberMatched).toBe(inBox.length);
    const karaoke = (await (
      await get('/ogc/collections/businesses/items?type=karaoke&limit=1000')
    ).json()) as {
      numberMatched: number;
    };
    expect(karaoke.numberMatched).toBe(
      all.features.filter((f) => f.properties.type === 'karaoke').length,
    );
    const january = (await (
      await get('/ogc/collections/tips/items?limit=1000&datetime=2026-01-01/2026-01-31')
    ).json()) as { features: Array<{ properties: { receivedAt: string } }> };
    expect(january.features.length).toBeGreaterThan(0);
    for (const f of january.features) {
      expect(f.properties.receivedAt >= '2025-12-31T17:00:00').toBe(true);
      expect(f.properties.receivedAt < '2026-01-31T17:00:00').toBe(true);
    }
  });

  it('gives one item, with the same properties as the list, and a 304 for its ETag', async () => {
    const response = await get('/ogc/collections/key-areas/items/1');
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const item = (await response.json()) as { id: number; properties: { id: number } };
    expect(item.properties.id).toBe(1);
    expect(
      (await get('/ogc/collections/key-areas/items/1', 'congan', { 'if-none-match': etag ?? '' }))
        .status,
    ).toBe(304);
  });

  it('tags a page by its features, not by its timeStamp: a client holding it gets a 304', async () => {
    const path = '/ogc/collections/businesses/items?limit=50';
    const first = await get(path);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\//);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later timeStamp
    expect((await get(path, 'congan', { 'if-none-match': etag })).status).toBe(304);
    const next = await get('/ogc/collections/businesses/items?limit=50&offset=50');
    expect(next.headers.get('etag')).not.toBe(etag);
  });

  it('never carries a tipster, whichever collection or role', async () => {
    const [tip] = await server.sql<[{ id: number }]>`
      select id::int from tips where commune_code = ${communeCode} order by id limit 1`;
    await server.sql`
      insert into tip_reporters (tip_id, commune_code, name, phone)
      values (${tip.id}, ${communeCode}, 'Người Báo Tin Thử', '0912345678')
      on conflict (tip_id) do update set name = excluded.name, phone = excluded.phone`;
    try {
      const body = await (await get(`/ogc/collections/tips/items?limit=10000`)).text();
      expect(body).not.toContain('Người Báo Tin Thử');
      expect(body).not.toContain('0912345678');
      const one = await (await get(`/ogc/collections/tips/items/${tip.id}`)).text();
      expect(one).not.toContain('0912345678');
    } finally {
      await server.sql`delete from tip_reporters where tip_id = ${tip.id}`;
    }
  });

  it.each([
    '/ogc/collections/businesses/items?limit=0',
    '/ogc/collections/businesses/items?limit=1000000000',
    '/ogc/collections/businesses/items?bbox=106.2,NaN,106.3,20.8',
    '/ogc/collections/businesses/items?bbox=106.3,20.7,106.2,20.8',
    '/ogc/collections/businesses/items?crs=EPSG:3857',
    '/ogc/collections/businesses/items?type=casino',
    '/ogc/collections/businesses/items?colour=red',
    '/ogc/collections/businesses/items?datetime=2026-01-01',
    '/ogc/collections/tips/items?datetime=yesterday',
    '/ogc/collections/key-areas/items/1?limit=5',
  ])('refuses %s with a 400 in the error shape', async (path) => {
    await expectErrorShape(await get(path), 400);
  });

  it('answers 404 for what does not exist, 403 for a role that may not, 401 without a token', async () => {
    await expectErrorShape(await get('/ogc/collections/casinos/items'), 404);
    await expectErrorShape(await get('/ogc/collections/businesses/items/99999999'), 404);
    await expectErrorShape(await get('/ogc/collections/businesses/items/abc'), 404);
    await expectErrorShape(await get('/ogc/nothing-here'), 404);
    await expectErrorShape(await get('/ogc/collections/tips/items', 'lanhdao'), 403);
    await expectErrorShape(await get('/ogc/collections/businesses', 'tramyte'), 403);
    await expectErrorShape(await get('/ogc/collections', null), 401);
    await expectErrorShape(
      await get('/ogc/collections', null, { authorization: 'Bearer ntm_nope' }),
      401,
    );
    expect((await get('/ogc', null)).status).toBe(200);
    expect((await get('/ogc/conformance', null)).status).toBe(200);
  });

  it("links its OpenAPI 3.0 definition (service-desc) and that definition's page, both public", async () => {
    const landing = (await (await get('/ogc', null)).json()) as {
      links: Array<{ rel: string; href: string; type: string }>;
    };
    const desc = landing.links.find((l) => l.rel === 'service-desc');
    const definition = await fetch(desc?.href ?? '', { headers: { accept: desc?.type ?? '' } });
    expect(definition.status).toBe(200);
    expect(definition.headers.get('content-type')).toBe(desc?.type);
    const document = (await definition.json()) as {
      openapi: string;
      servers: Array<{ url: string }>;
    };
    expect(document.openapi).toBe('3.0.3');
    expect(document.servers[0]?.url).toBe(`${server.url}/ogc`);
    const page = await fetch(landing.links.find((l) => l.rel === 'service-doc')?.href ?? '');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
