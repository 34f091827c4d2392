// What an export may never carry out of the system: a tipster's identity (for any role, police
// included), owners and phones for roles that do not see them, premises outside a village
// head's village; and no cell may start a formula when Excel opens the file.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWithGdal, saveForGdal } from '../helpers/gdal-read';
import { communeCode, staffApps, testApp } from '../helpers/test-app';

const { police, leadership, culture } = staffApps();

const formats = ['geojson', 'kml', 'kmz', 'csv', 'xlsx', 'gpkg', 'shp.zip'] as const;

const canary = {
  reporterName: 'Người Báo Tin Canary Đặng',
  reporterPhone: '0911222333',
  owner: 'Chủ Cơ Sở Canary Vũ',
  phone: '0977000111',
  name: '=HYPERLINK("http://example.invalid","Nhà nghỉ Canary")',
  address: '+84 thôn Canary, xã Nam Thanh Miện',
  trade: '@SUM(1+1)',
  licence: '-2+3',
};

/** Every text the file holds: zips unpacked, all parts together. */
function allText(bytes: ArrayBuffer, format: string): string {
  const raw = new Uint8Array(bytes);
  if (format === 'kmz' || format === 'xlsx' || format === 'shp.zip') {
    return Object.values(unzipSync(raw))
      .map((part) => strFromU8(part))
      .join('\n');
  }
  return strFromU8(raw);
}

async function exportOf(app: typeof police, layer: string, format: string) {
  const response = await app.request(`/api/exports/${layer}.${format}`);
  expect(response.status).toBe(200);
  return response.arrayBuffer();
}

let villageHead = { username: '', villageId: 0 };

beforeAll(async () => {
  const sql = police.sql;
  const [village] = await sql<[{ id: number; slug: string; lng: number; lat: number }]>`
    select id::int, slug, ST_X(ST_PointOnSurface(geom)) as lng, ST_Y(ST_PointOnSurface(geom)) as lat
    from villages where commune_code = ${communeCode} order by id limit 1`;
  villageHead = { username: `thon-${village.slug}`, villageId: village.id };
  const [business] = await sql<[{ id: number }]>`
    insert into businesses (commune_code, name, type, address, licensed_trade, licence_number,
                            owner_name, phone, status, geom)
    values (${communeCode}, ${canary.name}, 'lodging', ${canary.address}, ${canary.trade},
            ${canary.licence}, ${canary.owner}, ${canary.phone}, 'active',
            ST_SetSRID(ST_MakePoint(${village.lng}, ${village.lat}), 4326))
    returning id::int`;
  const [officer] = await sql<
    [{ id: number }]
  >`select id::int from users where username = 'congan'`;
  const [tip] = await sql<[{ id: number }]>`
    insert into tips (commune_code, received_at, channel, category, description, business_id, geom,
                      precision_meters, created_by)
    values (${communeCode}, now() - interval '1 day', 'hotline', 'nghi-mua-ban-dam',
            'Có khách ra vào nhiều về đêm', ${business.id},
            ST_SetSRID(ST_MakePoint(${village.lng}, ${village.lat}), 4326), 50, ${officer.id})
    returning id::int`;
  await sql`
    insert into tip_reporters (tip_id, commune_code, name, phone, address, note)
    values (${tip.id}, ${communeCode}, ${canary.reporterName}, ${canary.reporterPhone}, null, null)`;
});

describe('privacy canaries in every format', () => {
  it.each(formats)(
    'a tipster’s name and phone never leave in %s, not even for police',
    async (format) => {
      const text = allText(await exportOf(police, 'tips', format), format);
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toContain(canary.reporterName);
      expect(text).not.toContain(canary.reporterPhone);
      if (format === 'gpkg') {
        const features = JSON.stringify(
          readWithGdal(saveForGdal(await exportOf(police, 'tips', format), 'tips.gpkg')),
        );
        expect(features).not.toContain(canary.reporterName);
        expect(features).not.toContain('reporter');
      }
    },
  );

  it.each(formats)('leadership’s %s has no owner and no phone', async (format) => {
    const bytes = await exportOf(leadership, 'businesses', format);
    const text = allText(bytes, format);
    expect(text).toContain('Nhà nghỉ Canary'); // the premises itself is there
    expect(text).not.toContain(canary.owner);
    expect(text).not.toContain(canary.phone);
    const features = readWithGdal(
      saveForGdal(bytes, `leadership.${format}`),
      format === 'csv' ? ['AUTODETECT_TYPE=NO'] : [],
    );
    for (const f of features) {
      expect(f.properties).not.toHaveProperty('owner');
      expect(f.properties).not.toHaveProperty('phone');
    }
  });

  it('police see the owner and phone they see in the API', async () => {
    const text = allText(await exportOf(police, 'businesses', 'csv'), 'csv');
    expect(text).toContain(canary.owner);
    expect(text).toContain(canary.phone);
  });
});

describe('rows follow the role', () => {
  it('a village head exports only the premises of their own village, as GET gives them', async () => {
    const head = testApp({ as: villageHead.username });
    const api = (await (await head.request('/api/businesses')).json()) as {
      features: Array<{ id: number }>;
    };
    const features = readWithGdal(
      saveForGdal(await exportOf(head, 'businesses', 'gpkg'), 'head.gpkg'),
    );
    expect(features.length).toBe(api.features.length);
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) expect(f.properties.village).toBe(villageHead.villageId);
  });

  it('culture exports only the tips row-level security lets them read', async () => {
    const api = (await (await culture.request('/api/tips')).json()) as { features: unknown[] };
    const features = readWithGdal(
      saveForGdal(await exportOf(culture, 'tips', 'geojson'), 'c.geojson'),
    );
    expect(features.length).toBe(api.features.length);
    const all = (await (await police.request('/api/tips')).json()) as { features: unknown[] };
    expect(features.length).toBeLessThan(all.features.length);
  });

  it('leadership’s KML colours premises by risk and says the level; culture’s by type only', async () => {
    const lead = strFromU8(new Uint8Array(await exportOf(leadership, 'businesses', 'kml')));
    expect(lead).toMatch(/<styleUrl>#[a-z-]+-(low|medium|high|very-high)<\/styleUrl>/);
    expect(lead).toContain('Mức nguy cơ');
    const kmz = unzipSync(new Uint8Array(await exportOf(culture, 'businesses', 'kmz')));
    expect(Object.keys(kmz)).toEqual(['doc.kml']);
    const doc = strFromU8(kmz['doc.kml'] as Uint8Array);
    expect(doc).not.toContain('Mức nguy cơ');
    expect(doc).toMatch(/<styleUrl>#lodging<\/styleUrl>/);
    // Names and descriptions are escaped: the canary's quotes and tags stay text.
    expect(doc).toContain('&quot;http://example.invalid&quot;');
  });
});

describe('no cell starts a formula', () => {
  it('CSV: texts starting with = + - @ get an apostrophe, numbers stay numbers', async () => {
    const bytes = await exportOf(police, 'businesses', 'csv');
    const features = readWithGdal(saveForGdal(bytes, 'f.csv'), ['AUTODETECT_TYPE=NO']);
    const row = features.find((f) => String(f.properties.owner) === canary.owner);
    expect(row?.properties.name).toBe(`'${canary.name}`);
    expect(row?.properties.address).toBe(`'${canary.address}`);
    expect(row?.properties.licensedTrade).toBe(`'${canary.trade}`);
    expect(row?.properties.licenceNumber).toBe(`'${canary.licence}`);
    expect(row?.properties.village).toBe(String(villageHead.villageId));
    const text = strFromU8(new Uint8Array(bytes));
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
  });

  it('XLSX: the same texts with an apostrophe, no formula anywhere, numbers as numbers', async () => {
    const bytes = await exportOf(police, 'businesses', 'xlsx');
    const sheet = strFromU8(
      unzipSync(new Uint8Array(bytes))['xl/worksheets/sheet1.xml'] as Uint8Array,
    );
    expect(sheet).not.toContain('<f>');
    const features = readWithGdal(saveForGdal(bytes, 'f.xlsx'));
    const row = features.find((f) => f.properties.owner === canary.owner);
    expect(row?.properties.name).toBe(`'${canary.name}`);
    expect(row?.properties.licenceNumber).toBe(`'${canary.licence}`);
    expect(row?.properties.village).toBe(villageHead.villageId);
    expect(typeof row?.properties.lat).toBe('number');
  });
});
