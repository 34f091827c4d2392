import { registryHeader } from '@ntm/api/imports/read/column-mapping';
import ExcelJS from 'exceljs';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { importForm, tableCounts, xlsxOf } from '../helpers/import-files';
import { expectErrorShape, testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });
const { sql } = police;

// The rows numbered as a culture office numbers them, then the registry's columns.
const fields = ['name', 'type', 'address', 'licenceNumber', 'owner', 'phone', 'village'] as const;
const header = ['STT', ...registryHeader([...fields, 'lng', 'lat'])];

type Stored = {
  id: number;
  name: string;
  type: string;
  address: string;
  licence: string;
  owner: string | null;
  phone: string | null;
  lng: number;
  lat: number;
};
let withLicence: Stored;
let other: Stored;
let village: { id: number; name: string; slug: string; lng: number; lat: number };
let otherVillageSlug: string;

const upload = async (bytes: Uint8Array, as = police) =>
  as.request('/api/imports', {
    method: 'POST',
    body: importForm(bytes, 'danh-sach-co-so.xlsx', { kind: 'registry' }),
  });

type Preview = { id: number; state: string; counts: Record<string, number>; sha256: string };
type Row = {
  rowNumber: number;
  verdict: string;
  problems: Array<{ code: string; message: string }>;
  changed: string[];
  matchedId: number | null;
};

const rowsOf = async (id: number) => {
  const response = await police.request(`/api/imports/${id}/rows?limit=1000`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { total: number; rows: Row[] };
  return new Map(body.rows.map((r) => [r.rowNumber, r]));
};

beforeAll(async () => {
  const stored = await sql<Stored[]>`
    select id::int, name, type::text, address, licence_number as licence, owner_name as owner, phone,
           ST_X(geom) as lng, ST_Y(geom) as lat
    from businesses where deleted_at is null and licence_number is not null order by id limit 2`;
  [withLicence, other] = stored as unknown as [Stored, Stored];
  [village] = await sql<[typeof village]>`
    select id, name, slug, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, name, slug, ST_PointOnSurface(geom) p from villages where geom is not null order by id limit 1) v`;
  const [second] = await sql<[{ slug: string }]>`
    select slug from villages where geom is not null and id <> ${village.id} order by id limit 1`;
  otherVillageSlug = second.slug;
});

/** A file with one row of every verdict (row numbers as the sheet numbers them: header is 1). */
const mixedFile = () =>
  xlsxOf(header, [
    [
      1,
      'Karaoke Ánh Trăng',
      'Karaoke',
      'Thôn thử, xã Nam Thanh Miện',
      'TEST-0001',
      'Lê Văn Nhập',
      '0912000111',
      null,
      village.lng,
      village.lat,
    ],
    [
      2,
      withLicence.name,
      withLicence.type,
      withLicence.address,
      withLicence.licence.toLowerCase(),
      'Chủ Mới Nhập',
      withLicence.phone,
      null,
      withLicence.lng,
      withLicence.lat,
    ],
    [
      3,
      other.name,
      other.type,
      other.address,
      other.licence,
      other.owner,
      other.phone,
      null,
      other.lng,
      other.lat,
    ],
    [
      4,
      'KARAOKE ANH TRANG',
      'karaoke',
      'thôn thử,  xã nam thanh miện',
      null,
      null,
      null,
      null,
      village.lng,
      village.lat,
    ],
    [5, 'Nhà nghỉ Ngoài Xã', 'Nhà nghỉ', 'Hưng Yên', null, null, null, null, 106.1, 20.9],
    [
      6,
      'Tiệm Vàng',
      'Tiệm vàng bạc',
      'Thôn thử',
      null,
      '=HYPERLINK("http://x")',
      null,
      null,
      village.lng,
      village.lat,
    ],
    [7, null, 'Karaoke', 'Thôn thử', null, null, null, null, village.lng, village.lat],
    [
      8,
      'Nhà nghỉ Chưa Có Toạ Độ',
      'Nhà nghỉ',
      'Đường làng',
      null,
      'Phạm Thị Chủ',
      '0988000222',
      village.name.toUpperCase(),
      null,
      null,
    ],
    [9, 'Quán Không Biết Ở Đâu', 'Cà phê', 'Đâu đó', null, null, null, null, null, null],
    [10, 'Massage Toạ Độ Hỏng', 'Massage', 'Thôn thử', null, null, null, null, 'abc', 'xyz'],
  ]);

describe('a registry import from preview to undo', () => {
  let importId = 0;

  it('previews every row with its verdict and stores nothing in the registry', async () => {
    const before = await tableCounts(sql);
    const response = await upload(await mixedFile());
    expect(response.status).toBe(201);
    const preview = (await response.json()) as Preview;
    importId = preview.id;
    expect(preview.state).toBe('preview');
    expect(preview.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.counts).toEqual({ new: 2, update: 1, unchanged: 1, refused: 6, unplaced: 1 });
    const after = await tableCounts(sql);
    expect({ ...after, imports: 0, audit: 0 }).toEqual({ ...before, imports: 0, audit: 0 });
    expect(after.imports).toBe(before.imports + 1);

    const rows = await rowsOf(importId);
    expect(rows.get(2)?.verdict).toBe('new');
    expect(rows.get(3)).toMatchObject({ verdict: 'update', matchedId: withLicence.id });
    expect(rows.get(3)?.changed).toContain('owner');
    expect(rows.get(4)).toMatchObject({ verdict: 'unchanged', matchedId: other.id, changed: [] });
    expect(rows.get(5)?.problems).toEqual([
      { code: 'duplicate-in-file', message: 'Trùng với dòng 2 trong tệp' },
    ]);
    expect(rows.get(6)?.problems.map((p) => p.code)).toEqual(['outside-commune']);
    expect(rows.get(7)?.problems.map((p) => p.code)).toContain('unknown-type');
    expect(rows.get(8)?.problems.map((p) => p.code)).toContain('missing-name');
    expect(rows.get(9)).toMatchObject({ verdict: 'new', problems: [] });
    expect(rows.get(10)?.problems.map((p) => p.code)).toEqual(['no-position']);
    expect(rows.get(11)?.problems.map((p) => p.code)).toContain('bad-coordinates');
  });

  it('pages the rows by verdict and maps the rows that have a position', async () => {
    const refused = (await (
      await police.request(`/api/imports/${importId}/rows?verdict=refused&limit=2&offset=1`)
    ).json()) as {
      total: number;
      rows: Row[];
    };
    expect(refused.total).toBe(6);
    expect(refused.rows.map((r) => r.rowNumber)).toEqual([6, 7]);
    const fc = (await (
      await police.request(`/api/imports/${importId}/rows.geojson`)
    ).json()) as FeatureCollection;
    expect(fc.features.map((f) => f.properties?.verdict)).toEqual([
      'new',
      'update',
      'unchanged',
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
  });

  it("gives the refused rows as XLSX with the file's columns, the reason and no formula", async () => {
    const response = await police.request(`/api/imports/${importId}/refused.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const values = sheet.getSheetValues().slice(1) as unknown[][];
    expect(values[0]?.slice(1)).toEqual(['Dòng', ...header, 'Lý do']);
    expect(values.slice(1).map((r) => r[1])).toEqual([5, 6, 7, 8, 10, 11]);
    expect(String(values[1]?.at(-1))).toBe('Trùng với dòng 2 trong tệp');
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(String(cell.value ?? '')).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('commits in one transaction: rows written, history and audit as the routes write them', async () => {
    const before = await tableCounts(sql);
    const response = await police.request(`/api/imports/${importId}/commit`, { method: 'POST' });
    expect(response.status).toBe(200);
    const committed = (await response.json()) as Preview & { committedAt: string };
    expect(committed.state).toBe('committed');
    const after = await tableCounts(sql);
    expect(after.businesses - before.businesses).toBe(1);
    expect(after.versions - before.versions).toBe(1);
    expect(after.unplaced - before.unplaced).toBe(1);
    // One create, one update, the import itself.
    expect(after.audit - before.audit).toBe(3);
    const [entry] = await sql<[{ diff: { fileName: string; sha256: string; counts: unknown } }]>`
      select diff from audit_log where entity = 'import' and entity_id = ${String(importId)} and action = 'import'`;
    expect(entry.diff).toMatchObject({
      fileName: 'danh-sach-co-so.xlsx',
      sha256: committed.sha256,
    });
    const [owner] = await sql<
      [{ owner: string }]
    >`select owner_name as owner from businesses where id = ${withLicence.id}`;
    expect(owner.owner).toBe('Chủ Mới Nhập');

    // The registry as it stood before the commit still has the old owner.
    const asOf = new Date(new Date(committed.committedAt).getTime() - 1).toISOString();
    const old = (await (await police.request(`/api/businesses/${withLicence.id}`)).json()) as {
      properties: { owner: string };
    };
    expect(old.properties.owner).toBe('Chủ Mới Nhập');
    const history = (await (
      await police.request(`/api/businesses?asOf=${encodeURIComponent(asOf)}`)
    ).json()) as FeatureCollection;
    const then = history.features.find((f) => f.properties?.id === withLicence.id);
    expect(then?.properties?.owner).toBe(withLicence.owner);
    expect(history.features.some((f) => f.properties?.name === 'Karaoke Ánh Trăng')).toBe(false);
  });

  it('refuses a second commit (409) and changes nothing', async () => {
    const before = await tableCounts(sql);
    await expectErrorShape(
      await police.request(`/api/imports/${importId}/commit`, { method: 'POST' }),
      409,
    );
    expect(await tableCounts(sql)).toEqual(before);
  });

  it("puts the unplaced premises on its village head's list only", async () => {
    const head = testApp({ as: `thon-${village.slug}` });
    const list = (await (await head.request('/api/businesses/unplaced')).json()) as {
      businesses: Array<{ id: number; name: string; villageId: number; owner: string | null }>;
    };
    const mine = list.businesses.filter((b) => b.name === 'Nhà nghỉ Chưa Có Toạ Độ');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ villageId: village.id, owner: 'Phạm Thị Chủ' });
    const stranger = testApp({ as: `thon-${otherVillageSlug}` });
    const theirs = (await (await stranger.request('/api/businesses/unplaced')).json()) as {
      businesses: unknown[];
    };
    expect(theirs.businesses).toEqual([]);
    await expectErrorShape(
      await stranger.request(`/api/businesses/unplaced?village=${village.id}`),
      403,
    );
  });

  it('undoes the import as a whole: created removed, updated restored, list emptied', async () => {
    const before = await tableCounts(sql);
    const response = await police.request(`/api/imports/${importId}/undo`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Preview).state).toBe('undone');
    const after = await tableCounts(sql);
    expect(after.live - before.live).toBe(-1);
    expect(after.unplaced - before.unplaced).toBe(-1);
    expect(after.audit - before.audit).toBe(3);
    const [restored] = await sql<
      [{ owner: string | null }]
    >`select owner_name as owner from businesses where id = ${withLicence.id}`;
    expect(restored.owner).toBe(withLicence.owner);
    const [gone] = await sql<[{ n: number }]>`
      select count(*)::int as n from businesses where name = 'Karaoke Ánh Trăng' and deleted_at is null`;
    expect(gone.n).toBe(0);
    await expectErrorShape(
      await police.request(`/api/imports/${importId}/undo`, { method: 'POST' }),
      409,
    );
  });

  it('refuses to undo when a later change touched a premises it wrote, naming it, and undoes nothing', async () => {
    const file = await xlsxOf(header, [
      [
        1,
        'Quán Sau Này Sửa',
        'Cà phê',
        'Thôn thử 2',
        'TEST-0002',
        null,
        null,
        null,
        village.lng,
        village.lat,
      ],
    ]);
    const { id } = (await (await upload(file)).json()) as Preview;
    expect((await police.request(`/api/imports/${id}/commit`, { method: 'POST' })).status).toBe(
      200,
    );
    const [created] = await sql<
      [{ id: number }]
    >`select id::int from businesses where licence_number = 'TEST-0002'`;
    const patched = await police.sendJson('PATCH', `/api/businesses/${created.id}`, {
      properties: { name: 'Quán Đã Đổi Tên' },
    });
    expect(patched.status).toBe(200);
    const before = await tableCounts(sql);
    const error = await expectErrorShape(
      await police.request(`/api/imports/${id}/undo`, { method: 'POST' }),
      409,
    );
    expect(error.message).toContain('Quán Đã Đổi Tên');
    expect(await tableCounts(sql)).toEqual(before);
  });
});
