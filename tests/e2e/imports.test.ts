// The import screen end to end (issue #14's acceptance), headless Chromium, real clicks, no API
// calls between the steps: culture imports an XLSX registry of 300 rows with 12 bad ones, fixes
// the column the suggestion missed, previews, commits, sees the new premises on the map, undoes
// it; the admin imports village boundaries as a zipped Shapefile in VN-2000 / TM-3 105°45′
// (EPSG:9210, made by ogr2ogr from the demo villages with one border moved) as a new version
// from a date. Screenshots of every step at 1366×768 and 390×844 in artifacts/e2e.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDay } from '../helpers/date-field';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { openPage, phone, signIn, waitForMap } from '../helpers/pages';
import { snapshotVillages } from '../helpers/village-snapshot';

const laptop = { width: 1366, height: 768 };
const prefix = 'Cơ sở nhập thử';
const e2e = e2eSuite();
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ntm-imports-e2e-'));
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${artifacts}/imports-${name}.png`, fullPage: false });

/**
 * 288 good premises at points ST_GeneratePoints draws inside the demo villages (the same ones
 * every run), and 12 bad rows: outside the commune, duplicates, an unknown type, no name, bad
 * coordinates. The licence number sits under "Mã QL", a header the suggestion does not know.
 */
async function registryXlsx(): Promise<{ path: string; names: string[] }> {
  const points = await e2e.server.sql<{ lng: number; lat: number }[]>`
    select ST_X(p.geom) as lng, ST_Y(p.geom) as lat
    from (select (ST_Dump(ST_GeneratePoints(ST_Buffer(ST_Union(geom), -0.0005), 288, 14))).geom
          from villages where geom is not null) p`;
  const types = ['Karaoke', 'Massage', 'Karaoke', 'Massage'];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow([
    'STT',
    'Tên cơ sở',
    'Chủ cơ sở',
    'Địa chỉ',
    'Mã QL',
    'Loại hình',
    'Kinh độ',
    'Vĩ độ',
  ]);
  const names: string[] = [];
  points.forEach((p, i) => {
    const n = String(i + 1).padStart(3, '0');
    names.push(`${prefix} ${n}`);
    sheet.addRow([
      i + 1,
      `${prefix} ${n}`,
      `Nguyễn Văn ${n}`,
      `Số ${n}, đường thử`,
      `GP-E2E-${n}`,
      types[i % 4],
      Number(p.lng.toFixed(7)),
      Number(p.lat.toFixed(7)),
    ]);
  });
  const good = (i: number) => points[i] as { lng: number; lat: number };
  const bad: (string | number | null)[][] = [
    // Outside the commune (Hà Nội, Hải Phòng city centre, Hưng Yên town).
    ['Cơ sở ngoài xã 1', 'Trần A', 'Hà Nội', 'GP-X-1', 'Karaoke', 105.8542, 21.0285],
    ['Cơ sở ngoài xã 2', 'Trần B', 'Hải Phòng', 'GP-X-2', 'Karaoke', 106.6881, 20.8449],
    ['Cơ sở ngoài xã 3', 'Trần C', 'Hưng Yên', 'GP-X-3', 'Massage', 106.0511, 20.6464],
    // Duplicates of rows 2 and 3 of the sheet.
    [
      `${prefix} 001`,
      'Nguyễn Văn 001',
      'Số 001, đường thử',
      'GP-E2E-001',
      'Karaoke',
      good(0).lng,
      good(0).lat,
    ],
    [
      `${prefix} 002`,
      'Nguyễn Văn 002',
      'Số 002, đường thử',
      'GP-E2E-002',
      'Massage',
      good(1).lng,
      good(1).lat,
    ],
    // A trade the registry does not keep.
    [
      'Tiệm vàng Kim Thành',
      'Lê D',
      'Số 7',
      'GP-X-6',
      'Kinh doanh vàng bạc',
      good(2).lng,
      good(2).lat,
    ],
    ['Cửa hàng điện máy', 'Lê E', 'Số 8', 'GP-X-7', 'Điện máy', good(3).lng, good(3).lat],
    // No name.
    [null, 'Phạm F', 'Số 9', 'GP-X-8', 'Karaoke', good(4).lng, good(4).lat],
    ['', 'Phạm G', 'Số 10', 'GP-X-9', 'Massage', good(5).lng, good(5).lat],
    // Coordinates that are not coordinates, and none at all (no village either).
    ['Cơ sở toạ độ hỏng 1', 'Vũ H', 'Số 11', 'GP-X-10', 'Karaoke', 'abc', 'xyz'],
    ['Cơ sở toạ độ hỏng 2', 'Vũ I', 'Số 12', 'GP-X-11', 'Karaoke', 106.24, 200],
    ['Cơ sở không toạ độ', 'Vũ K', 'Số 13', 'GP-X-12', 'Massage', null, null],
  ];
  for (const [i, row] of bad.entries()) sheet.addRow([289 + i, ...row]);
  const path = join(folder, 'so-theo-doi-co-so.xlsx');
  await book.xlsx.writeFile(path);
  return { path, names };
}

async function waitForPreviewMap(page: Page) {
  await page.locator('.import-map[data-ready="true"]').waitFor({ timeout: 90_000 });
}

describe('culture imports the registry from Excel (1366×768, then a phone)', () => {
  it('uploads, fixes the mapping, previews, commits, sees it on the map and undoes it', async () => {
    const { path, names } = await registryXlsx();
    const { page, errors, close } = await openPage(e2e.browser, laptop);
    await signIn(page, e2e.server.url, 'vanhoa');
    await page.getByRole('link', { name: 'Nhập dữ liệu' }).click();
    await page.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 }).waitFor();

    // Step 1: the kind (registry and key areas only, for culture) and the file.
    const kinds = await page.getByLabel('Loại dữ liệu').locator('option').allTextContents();
    expect(kinds).toEqual(['Sổ theo dõi cơ sở kinh doanh', 'Địa bàn trọng điểm']);
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByText('Tệp đã chọn: so-theo-doi-co-so.xlsx').waitFor();
    await shot(page, '1-choose-laptop');
    await page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();

    // Step 2: the check. Coordinates found from the columns; the licence column was missed.
    await page
      .getByRole('heading', { name: 'Kiểm tra tệp so-theo-doi-co-so.xlsx' })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.import-summary').textContent()).toContain('300 dòng');
    await expect(page.getByText(/Hệ toạ độ nhận được: WGS 84/).count()).resolves.toBe(1);
    const licence = page.getByLabel('Số GCN/ĐKKD', { exact: true });
    expect(await licence.inputValue()).toBe('');
    expect(await page.getByLabel('Tên cơ sở', { exact: true }).inputValue()).toBe('Tên cơ sở');
    await expect(page.getByText(/Các cột chưa dùng: .*Mã QL/).count()).resolves.toBe(1);
    await licence.selectOption('Mã QL');
    await page.getByText('đã sửa (gợi ý: — không nhập —)').waitFor();
    await page.locator('.import-check[aria-busy="false"]').waitFor();
    expect(await licence.inputValue()).toBe('Mã QL');
    await shot(page, '2-check-laptop');

    // Step 3: the preview, counts by verdict, the map and the table.
    await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
    await page.getByRole('heading', { name: /^Xem trước: / }).waitFor();
    await expect
      .poll(() => page.locator('[data-verdict="new"].import-chip').textContent())
      .toContain('288');
    expect(await page.locator('[data-verdict="refused"].import-chip').textContent()).toContain(
      '12',
    );
    await waitForPreviewMap(page);
    await page.locator('.import-rows tbody tr').first().waitFor();
    await shot(page, '3-preview-laptop');

    // Refused rows only, each with a reason in Vietnamese.
    await page.locator('[data-verdict="refused"].import-chip').click();
    await expect.poll(() => page.locator('.import-rows tbody tr').count()).toBe(12);
    const verdicts = await page
      .locator('.import-rows tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.verdict));
    expect(new Set(verdicts)).toEqual(new Set(['refused']));
    const reasons = await page.locator('.import-rows tbody tr .import-reasons').allTextContents();
    expect(reasons).toHaveLength(12);
    for (const reason of reasons) expect(reason.trim().length).toBeGreaterThan(5);
    await shot(page, '3-preview-refused-laptop');

    // The refused rows as XLSX with a reason column.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải các dòng bị từ chối (XLSX)' }).click(),
    ]);
    const refusedPath = join(folder, 'refused.xlsx');
    await download.saveAs(refusedPath);
    const refused = new ExcelJS.Workbook();
    await refused.xlsx.readFile(refusedPath);
    const refusedSheet = refused.worksheets[0];
    if (!refusedSheet) throw new Error('refused.xlsx has no sheet');
    const header = (refusedSheet.getRow(1).values as unknown[]).map(String);
    expect(header).toContain('Lý do');
    expect(header).toContain('Mã QL');
    expect(refusedSheet.actualRowCount).toBe(13);

    // A new row: a click flies the map to it.
    await page.locator('[data-verdict="new"].import-chip').click();
    const first = page.locator('.import-rows tbody tr[data-verdict="new"]').first();
    const rowNumber = await first.getAttribute('data-row');
    await first.getByRole('button').click();
    await expect
      .poll(() => page.locator('.import-map').getAttribute('data-selected'))
      .toBe(rowNumber);

    // Step 4: the commit, after a confirm that says what will happen.
    await page.getByRole('button', { name: 'Ghi vào sổ', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('Thêm 288 cơ sở, cập nhật 0; 12 dòng bị từ chối sẽ không được ghi.');
    await shot(page, '4-confirm-laptop');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByRole('heading', { name: 'Đã ghi vào sổ' }).waitFor({ timeout: 60_000 });
    await shot(page, '4-done-laptop');
    const [stored] = await e2e.server.sql<[{ n: number }]>`
      select count(*)::int as n from businesses where name like ${`${prefix}%`} and deleted_at is null`;
    expect(stored.n).toBe(288);

    // The new premises on the map.
    await page.getByRole('link', { name: 'Xem trên bản đồ' }).click();
    await waitForMap(page);
    const onMap = await page.evaluate(async (prefix) => {
      type Source = { getData(): Promise<{ features: { properties: { name: string } }[] }> };
      const map = (window as unknown as { __map: { getSource(id: string): Source } }).__map;
      const data = await map.getSource('businesses').getData();
      return data.features.filter((f) => f.properties.name.startsWith(prefix)).length;
    }, prefix);
    expect(onMap).toBe(288);
    await shot(page, '5-map-laptop');

    // Undo from the list of earlier imports.
    await page.getByRole('link', { name: 'Nhập dữ liệu' }).click();
    const undo = page.getByRole('button', { name: 'Hoàn tác: so-theo-doi-co-so.xlsx' });
    await undo.first().waitFor();
    await shot(page, '6-history-laptop');
    await undo.first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hoàn tác' }).click();
    await page
      .getByText('Đã hoàn tác lần nhập tệp so-theo-doi-co-so.xlsx.')
      .waitFor({ timeout: 60_000 });
    const [left] = await e2e.server.sql<[{ n: number }]>`
      select count(*)::int as n from businesses where name like ${`${prefix}%`} and deleted_at is null`;
    expect(left.n).toBe(0);
    expect(names).toHaveLength(288);
    expect(errors).toEqual([]);
    await close();
  });

  it('works the same steps on a phone, the table as cards', async () => {
    const { path } = await registryXlsx();
    const { page, errors, close } = await openPage(e2e.browser, phone);
    await signIn(page, `${e2e.server.url}/nhap-du-lieu`, 'congan');
    await page.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(path);
    await shot(page, '1-choose-phone');
    await page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();
    await page.getByRole('heading', { name: /^Kiểm tra tệp / }).waitFor({ timeout: 60_000 });
    await shot(page, '2-check-phone');
    await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
    await waitForPreviewMap(page);
    await page.locator('[data-verdict="refused"].import-chip').click();
    await expect.poll(() => page.locator('.import-rows tbody tr').count()).toBe(12);
    // Cards: each row is a block as wide as the screen, no table header in view.
    const card = await page.locator('.import-rows tbody tr').first().boundingBox();
    expect(card?.width).toBeGreaterThan(300);
    const display = await page
      .locator('.import-rows tbody tr')
      .first()
      .evaluate((row) => getComputedStyle(row).display);
    expect(display).toBe('block');
    await page.locator('.import-rows tbody tr').first().scrollIntoViewIfNeeded();
    await shot(page, '3-preview-phone');
    // Back and forth between the steps keeps the preview.
    await page.getByRole('button', { name: 'Quay lại bước kiểm tra' }).click();
    await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
    await waitForPreviewMap(page);

    // Commit and undo on the phone too.
    await page.getByRole('button', { name: 'Ghi vào sổ', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByText(/Thêm 288 cơ sở/)
      .waitFor();
    await shot(page, '4-confirm-phone');
    await page.getByRole('dialog').getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByRole('heading', { name: 'Đã ghi vào sổ' }).waitFor({ timeout: 60_000 });
    await shot(page, '4-done-phone');
    await page.getByRole('button', { name: 'Hoàn tác: so-theo-doi-co-so.xlsx' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hoàn tác' }).click();
    await page
      .getByText('Đã hoàn tác lần nhập tệp so-theo-doi-co-so.xlsx.')
      .waitFor({ timeout: 60_000 });
    await shot(page, '6-history-phone');
    const [left] = await e2e.server.sql<[{ n: number }]>`
      select count(*)::int as n from businesses where name like ${`${prefix}%`} and deleted_at is null`;
    expect(left.n).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

/** A day `daysAgo` before today in Vietnam (the app's clock), as YYYY-MM-DD and as shown. */
function vietnamDay(daysAgo: number) {
  const iso = new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, shown: `${d}/${m}/${y}` };
}

/**
 * The demo villages as a zipped Shapefile in a VN-2000 TM-3 zone, made by ogr2ogr; with
 * `moveBorder`, the border between two neighbours moved 300 m into the second, so that the
 * live premises in that strip change village (returned by name).
 */
async function villagesShapefile(
  epsg: number,
  moveBorder: boolean,
): Promise<{ path: string; movedNames: string[] }> {
  const [pair] = await e2e.server.sql<[{ a: number; b: number }]>`
    select a.id as a, b.id as b
    from villages a join villages b on a.id < b.id and ST_Touches(a.geom, b.geom)
    join businesses s on s.deleted_at is null and s.village_id = b.id
      and ST_DWithin(s.geom::geography, a.geom::geography, 300)
    where a.geom is not null and b.geom is not null
    group by a.id, b.id order by count(*) desc, a.id limit 1`;
  const a = moveBorder ? pair.a : -1;
  const b = moveBorder ? pair.b : -1;
  const strip = e2e.server
    .sql`ST_Buffer((select geom from villages where id = ${pair.a})::geography, 300)::geometry`;
  const rows = await e2e.server.sql<{ geojson: string }[]>`
    select json_build_object(
      'type', 'Feature',
      'geometry', ST_AsGeoJSON(ST_Multi(ST_CollectionExtract(ST_MakeValid(
        case when v.id = ${a} then ST_Union(v.geom, ST_Intersection((select geom from villages where id = ${pair.b}), ${strip}))
             when v.id = ${b} then ST_Difference(v.geom, ${strip})
             else v.geom end), 3)), 7)::json,
      'properties', json_build_object('ten_thon', v.name, 'dan_so', v.population, 'xa_cu', f.name)
    )::text as geojson
    from villages v left join former_communes f on f.id = v.former_commune_id
    where v.geom is not null order by v.id`;
  const moved = moveBorder
    ? await e2e.server.sql<{ name: string }[]>`
        select s.name from businesses s
        where s.deleted_at is null and s.village_id = ${pair.b}
          and ST_Within(s.geom, ${strip}) order by s.name`
    : [];
  const base = `ranh_gioi_thon_${epsg}`;
  const geojsonPath = join(folder, `${base}.geojson`);
  writeFileSync(
    geojsonPath,
    `{"type":"FeatureCollection","features":[${rows.map((r) => r.geojson).join(',')}]}`,
  );
  execFileSync('ogr2ogr', [
    '-f',
    'ESRI Shapefile',
    '-s_srs',
    'EPSG:4326',
    '-t_srs',
    `EPSG:${epsg}`,
    '-lco',
    'ENCODING=UTF-8',
    '-nlt',
    'MULTIPOLYGON',
    join(folder, `${base}.shp`),
    geojsonPath,
  ]);
  const files: Record<string, Uint8Array> = {};
  for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) {
    files[`${base}.${ext}`] = readFileSync(join(folder, `${base}.${ext}`));
  }
  const path = join(folder, `${base}.zip`);
  writeFileSync(path, zipSync(files));
  return { path, movedNames: moved.map((m) => m.name) };
}

/** Through the screen: kind, date, file, check, preview, commit; returns the moved names listed. */
async function importVillages(
  page: Page,
  path: string,
  day: { iso: string; shown: string },
  tag: string,
  zoneLabel: RegExp,
) {
  const kind = page.getByLabel('Loại dữ liệu');
  await kind.selectOption('villages');
  await fillDay(page.getByLabel('Có hiệu lực từ ngày'), day.iso);
  await page.getByText(`Có hiệu lực từ ${day.shown}`).waitFor();
  await page.locator('input[type="file"]').setInputFiles(path);
  await shot(page, `${tag}-1-choose-laptop`);
  await page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();

  await page.getByRole('heading', { name: /^Kiểm tra tệp / }).waitFor({ timeout: 90_000 });
  await page.getByText(zoneLabel).waitFor();
  await shot(page, `${tag}-2-check-laptop`);

  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await waitForPreviewMap(page);
  await page.getByText(`Ranh giới mới có hiệu lực từ ${day.shown}.`).waitFor();
  expect(await page.locator('[data-verdict="refused"].import-chip').textContent()).toContain(
    'Bị từ chối 0',
  );
  await shot(page, `${tag}-3-preview-laptop`);

  await page.getByRole('button', { name: 'Ghi vào sổ', exact: true }).click();
  await expect
    .poll(() => page.getByRole('dialog').textContent())
    .toContain(`có hiệu lực từ ${day.shown}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi vào sổ' }).click();
  await page.getByRole('heading', { name: 'Đã ghi vào sổ' }).waitFor({ timeout: 90_000 });
  await page.getByRole('heading', { name: 'Các cơ sở đổi thôn theo ranh giới mới' }).waitFor();
  await shot(page, `${tag}-4-done-laptop`);
  return page.locator('.import-moved tbody td.card-title').allTextContents();
}

describe('the admin imports village boundaries in VN-2000 as a new version (1366×768)', () => {
  // Every other test of the run shares these villages: put them back exactly afterwards.
  let restoreVillages: () => Promise<void> = async () => {};
  beforeAll(async () => {
    restoreVillages = await snapshotVillages(e2e.server.sql, '11284');
  });
  afterAll(() => restoreVillages());

  it('finds TM-3 105°45′ from the .prj, commits from a date, lists who moved, then restores them', async () => {
    const moved = await villagesShapefile(9210, true);
    // Made now, before the border moves: today's outlines, to put back afterwards.
    const restore = await villagesShapefile(9209, false);
    expect(moved.movedNames.length).toBeGreaterThan(0);
    const { page, errors, close } = await openPage(e2e.browser, laptop);
    await signIn(page, e2e.server.url, 'admin');
    await page.getByRole('link', { name: 'Nhập dữ liệu' }).click();
    // The page comes in its own chunk: wait for it before reading what it offers.
    await page.getByLabel('Loại dữ liệu').waitFor();
    expect(await page.getByLabel('Loại dữ liệu').locator('option').allTextContents()).toEqual([
      'Ranh giới các thôn',
      'Ranh giới xã',
    ]);
    const listed = await importVillages(
      page,
      moved.path,
      vietnamDay(2),
      'villages',
      /Hệ toạ độ nhận được: VN-2000 \/ TM-3 kinh tuyến trục 105°45′/,
    );
    // Only live premises are named: the registry test's undone imports are deleted ones.
    expect([...listed].sort()).toEqual(moved.movedNames);

    // Boundaries are not undone; the list says how to correct them instead.
    await page.getByText('Muốn sửa, nhập phiên bản ranh giới mới').first().waitFor();

    // The outlines as they were, from the next day, in the former Hải Dương zone (105°30′).
    await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
    const back = await importVillages(
      page,
      restore.path,
      vietnamDay(1),
      'villages-restore',
      /Hệ toạ độ nhận được: VN-2000 \/ TM-3 kinh tuyến trục 105°30′/,
    );
    expect(back.length).toBeGreaterThanOrEqual(moved.movedNames.length);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('premises imported without a position reach their village head (390×844)', () => {
  it('culture imports a CSV naming only the village; the head places one from the list', async () => {
    const [village] = await e2e.server.sql<
      [{ id: number; slug: string; name: string; lng: number; lat: number }]
    >`
      select id, slug, name, ST_X(p) as lng, ST_Y(p) as lat
      from (select id, slug, name, ST_PointOnSurface(geom) as p from villages
            where geom is not null order by id desc limit 1) v`;
    const csv = [
      'Tên cơ sở,Địa chỉ,Loại hình,Thôn',
      `Nhà nghỉ Chưa Định Vị,Số 5 ${village.name},Nhà nghỉ,${village.name}`,
      `Karaoke Chưa Định Vị,Số 9 ${village.name},Karaoke,${village.name}`,
    ].join('\n');
    const path = join(folder, 'chua-co-toa-do.csv');
    writeFileSync(path, `${csv}\n`);

    const culture = await openPage(e2e.browser, laptop);
    await signIn(culture.page, `${e2e.server.url}/nhap-du-lieu`, 'vanhoa');
    await culture.page.locator('input[type="file"]').setInputFiles(path);
    await culture.page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();
    await culture.page
      .getByRole('button', { name: 'Xem trước kết quả' })
      .click({ timeout: 60_000 });
    await expect
      .poll(() => culture.page.locator('[data-verdict="new"].import-chip').textContent())
      .toContain('Mới 2 (2 chưa có vị trí)');
    await culture.page.getByRole('button', { name: 'Ghi vào sổ', exact: true }).click();
    const dialog = culture.page.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('2 cơ sở chưa có vị trí sẽ vào danh sách');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await culture.page.getByRole('heading', { name: 'Đã ghi vào sổ' }).waitFor({ timeout: 60_000 });
    expect(culture.errors).toEqual([]);
    await culture.close();

    // The village head, on a phone standing inside the village.
    const head = await openPage(e2e.browser, phone, {
      geolocation: { latitude: village.lat, longitude: village.lng, accuracy: 8 },
    });
    await signIn(head.page, e2e.server.url, `thon-${village.slug}`);
    await waitForMap(head.page);
    await head.page.locator('.sheet-handle').click();
    await head.page.getByRole('heading', { name: 'Cần đặt lên bản đồ (2)' }).waitFor();
    await shot(head.page, 'unplaced-1-list-phone');
    await head.page.getByRole('button', { name: 'Đặt Nhà nghỉ Chưa Định Vị lên bản đồ' }).click();
    await head.page.getByRole('button', { name: 'Dùng vị trí hiện tại' }).click();
    const name = head.page.getByLabel(/^Tên cơ sở/);
    await name.waitFor();
    expect(await name.inputValue()).toBe('Nhà nghỉ Chưa Định Vị');
    expect(await head.page.getByLabel(/^Địa chỉ/).inputValue()).toBe(`Số 5 ${village.name}`);
    await shot(head.page, 'unplaced-2-form-phone');
    await head.page.getByRole('button', { name: 'Gửi đề xuất', exact: true }).click();
    await head.page.getByText('Đã gửi đề xuất “Nhà nghỉ Chưa Định Vị”', { exact: false }).waitFor();
    await head.page.locator('.sheet-handle').click();
    await head.page.getByRole('heading', { name: 'Cần đặt lên bản đồ (1)' }).waitFor();
    const [placed] = await e2e.server.sql<[{ proposal: number | null }]>`
      select proposal_id::int as proposal from unplaced_businesses
      where name = 'Nhà nghỉ Chưa Định Vị' and placed_at is not null`;
    expect(placed.proposal).not.toBeNull();
    expect(head.errors).toEqual([]);
    await head.close();
  });
});
