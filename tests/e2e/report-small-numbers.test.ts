// Leadership downloads the quarter's report in every format: indicator d is said in words as its
// table row prints it (hidden in both or shown in both), and every file is named by one rule.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { docxParagraphs } from '../helpers/office-files';
import { followNav, openPage, signIn } from '../helpers/pages';

const e2e = e2eSuite();

const laptop = { width: 1366, height: 768 };
const vietnamNow = new Date(Date.now() + 7 * 3_600_000);
const thisYear = vietnamNow.getUTCFullYear();
const roman = ['I', 'II', 'III', 'IV'];
/** The last quarter that has ended: this year's, or last year's fourth in January–March. */
const currentQuarter = Math.floor(vietnamNow.getUTCMonth() / 3) + 1;
const last =
  currentQuarter === 1
    ? { year: thisYear - 1, quarter: 4 }
    : { year: thisYear, quarter: currentQuarter - 1 };

/** The file a download link gives: its name as the browser saves it, and its bytes. */
async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
/** The sentences of some texts that speak of indicator d. */
const aboutIndicatorD = (texts: string[]) =>
  texts.flatMap((t) => t.split(/(?<=\.)\s+/)).filter((t) => t.includes('Chỉ tiêu d'));

describe('the periodic report’s small numbers and file names', () => {
  it('says indicator d in words as its table prints it, in every format, under plain names', async () => {
    const { page, errors, close } = await openPage(e2e.browser, laptop);
    await signIn(page, e2e.server.url, 'lanhdao');
    await followNav(page, 'Báo cáo');
    await page.getByRole('heading', { name: 'Báo cáo định kỳ', level: 1 }).waitFor();
    await page.getByLabel('Loại kỳ').selectOption({ label: 'Quý' });
    await page.getByLabel('Năm', { exact: true }).selectOption(String(last.year));
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: `Quý ${roman[last.quarter - 1]}` });
    const code = `${last.year}-Q${last.quarter}`;
    await expect.poll(() => new URL(page.url()).searchParams.get('ky')).toBe(code);
    const preview = page.locator('[data-testid="report-indicators"]');
    await preview.waitFor({ timeout: 60_000 });
    const rowD = preview.locator('tbody tr').filter({ hasText: /^d\)/ });
    const onScreen = ((await rowD.locator('td').nth(1).textContent()) ?? '').trim();
    await page.screenshot({ path: `${artifacts}/report-small-numbers-laptop.png`, fullPage: true });
    const hiddenOnScreen = !/\d/.test(onScreen);

    const plainName = (ext: string) => new RegExp(`^bao-cao-${code}-(du-thao|v\\d+)\\.${ext}$`);
    const docx = await download(page, /DOCX/);
    const xlsx = await download(page, /XLSX/);
    const csv = await download(page, /CSV/);

    // The DOCX: the indicator table's row d, and the sentences that speak of indicator d.
    const paragraphs = docxParagraphs(docx.bytes.buffer as ArrayBuffer);
    const cellAt = paragraphs.indexOf('d');
    expect(cellAt).toBeGreaterThan(0);
    const tableValue = paragraphs[cellAt + 2] ?? '';
    expect(squeeze(tableValue)).toBe(squeeze(onScreen));
    // No sentence hides a share the indicator table prints.
    if (!hiddenOnScreen) {
      for (const p of paragraphs) expect(p).not.toContain('không công bố vì số nhỏ');
    }
    const aboutD = aboutIndicatorD(paragraphs);
    expect(aboutD.length).toBeGreaterThan(0);
    for (const p of aboutD) {
      if (hiddenOnScreen) expect(p).toMatch(/ẩn vì số nhỏ/);
      else {
        expect(squeeze(p)).toContain(squeeze(tableValue));
        expect(p).not.toMatch(/ẩn|không công bố/);
      }
    }

    // The XLSX: row d's value as the screen has it, and the same words in the summary.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          cells.push(String(cell.text ?? ''));
        });
      });
    }
    const xlsxAboutD = aboutIndicatorD(cells);
    expect(xlsxAboutD.length).toBeGreaterThan(0);
    for (const c of xlsxAboutD) {
      if (hiddenOnScreen) expect(c).toMatch(/ẩn vì số nhỏ/);
      else expect(squeeze(c)).toContain(squeeze(tableValue));
    }

    // The CSV: the summary speaks of indicator d as the others do.
    const csvText = csv.bytes.toString('utf8');
    const csvAboutD = aboutIndicatorD([csvText]);
    expect(csvAboutD.length).toBeGreaterThan(0);
    if (!hiddenOnScreen) {
      for (const c of csvAboutD) expect(squeeze(c)).toContain(squeeze(tableValue));
      expect(csvText).not.toContain('không công bố vì số nhỏ');
    }
    // One rule for every name: plain words without marks, hyphens between.
    expect(docx.name).toMatch(plainName('docx'));
    expect(xlsx.name).toMatch(plainName('xlsx'));
    expect(csv.name).toMatch(plainName('csv'));
    expect(errors).toEqual([]);
    await close();
  });
});
