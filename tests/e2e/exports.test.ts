// Police export the registry from the map's layer panel, as a person would: the "Xuất" button
// beside the premises layer, the picker, the download with its progress. The files are read
// back by GDAL: the API's premises, Vietnamese intact. On a laptop and on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { readWithGdal } from '../helpers/gdal-read';
import { openMapAs, phone } from '../helpers/pages';

const e2e = e2eSuite();

const laptop = { width: 1366, height: 768 };

async function registryCount(): Promise<number> {
  const [row] = await e2e.server.sql<[{ n: number }]>`
    select count(*)::int as n from businesses where deleted_at is null`;
  return row.n;
}

/** Picks a format in the open picker, downloads, and returns the file GDAL opens. */
async function exportAs(page: Page, format: string, shot: string) {
  const dialog = page.getByRole('dialog', { name: 'Xuất lớp Cơ sở kinh doanh nhạy cảm' });
  await dialog.waitFor();
  await dialog.getByLabel('Định dạng tệp').selectOption(format);
  await page.screenshot({ path: `${artifacts}/${shot}-picker.png` });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Tải xuống' }).click(),
  ]);
  await dialog.getByText(/Đã tải xong/).waitFor();
  await page.screenshot({ path: `${artifacts}/${shot}-done.png` });
  const name = file.suggestedFilename();
  const path = `${artifacts}/${name}`;
  await file.saveAs(path);
  return { name, path };
}

describe('exports from the map', () => {
  it('police export the registry to KML and XLSX from the layer panel', async () => {
    const { page, errors, close } = await openMapAs(e2e, laptop, 'congan');
    await page.screenshot({ path: `${artifacts}/export-laptop-panel.png` });
    await page.getByRole('button', { name: 'Xuất lớp Cơ sở kinh doanh nhạy cảm ra tệp' }).click();
    const kml = await exportAs(page, 'kml', 'export-kml');
    expect(kml.name).toMatch(/^co-so-kinh-doanh-\d{4}-\d{2}-\d{2}\.kml$/);
    const count = await registryCount();
    const placemarks = readWithGdal(kml.path);
    expect(placemarks).toHaveLength(count);
    expect(JSON.stringify(placemarks)).toContain('xã Nam Thanh Miện');
    // Police read risk: the premises are styled by level too.
    expect(placemarks.some((p) => typeof p.properties.riskLevel === 'string')).toBe(true);

    // The picker stays open: the same layer as a workbook.
    const xlsx = await exportAs(page, 'xlsx', 'export-xlsx');
    expect(xlsx.name).toMatch(/^co-so-kinh-doanh-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = readWithGdal(xlsx.path);
    expect(rows).toHaveLength(count);
    // Police see owners: filled where the registry has one (premises other tests added may have
    // none, and GDAL leaves an empty cell out).
    expect(rows.filter((r) => typeof r.properties.owner === 'string').length).toBeGreaterThan(
      count / 2,
    );
    await page
      .getByRole('dialog', { name: 'Xuất lớp Cơ sở kinh doanh nhạy cảm' })
      .getByRole('button', { name: 'Đóng', exact: true })
      .click();
    expect(errors).toEqual([]);
    await close();
  });

  it('a coordinate system is chosen in the picker, and the download shows on a phone', async () => {
    const { page, errors, close } = await openMapAs(e2e, phone, 'congan');
    await page.locator('.sheet-handle').click();
    await page.getByRole('button', { name: 'Xuất lớp Thôn ra tệp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất lớp Thôn' });
    await dialog.getByLabel('Định dạng tệp').selectOption('gpkg');
    await dialog.getByLabel('Hệ tọa độ').selectOption('9210');
    await page.screenshot({ path: `${artifacts}/export-phone-picker.png` });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Tải xuống' }).click(),
    ]);
    await dialog.getByText(/Đã tải xong/).waitFor();
    await page.screenshot({ path: `${artifacts}/export-phone-done.png` });
    expect(file.suggestedFilename()).toMatch(/^thon-\d{4}-\d{2}-\d{2}\.gpkg$/);
    const path = `${artifacts}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    const villages = readWithGdal(path);
    const [n] = await e2e.server.sql<
      [{ n: number }]
    >`select count(*)::int as n from villages where geom is not null`;
    expect(villages).toHaveLength(n.n);
    // Metres of TM-3 105°45′: eastings near 500 km, northings near 2,290 km.
    const polygons = villages[0]?.geometry?.coordinates as number[][][][];
    const ring = polygons[0]?.[0]?.[0] as number[];
    expect(ring[0]).toBeGreaterThan(450_000);
    expect(ring[1]).toBeGreaterThan(2_200_000);
    expect(errors).toEqual([]);
    await close();
  });
});
