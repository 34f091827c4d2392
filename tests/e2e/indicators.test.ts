// The plan's indicators and the periodic report, as the health station uses them: the seven
// cards, the drill-down into indicator đ (open tips), the quarter's report drafted, sent and
// downloaded as DOCX and XLSX; leadership reads without write controls; the dashboard on a phone.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, followNav, openPage, signIn } from '../helpers/pages';

const e2e = e2eSuite();

const vietnamNow = new Date(Date.now() + 7 * 3_600_000);
const thisYear = vietnamNow.getUTCFullYear();
/** The last quarter that has ended: this year's, or last year's fourth in January–March. */
const currentQuarter = Math.floor(vietnamNow.getUTCMonth() / 3) + 1;
const lastQuarter =
  currentQuarter === 1
    ? { year: thisYear - 1, quarter: 4 }
    : { year: thisYear, quarter: currentQuarter - 1 };
const roman = ['I', 'II', 'III', 'IV'];
const codes = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'];
const phone360 = { width: 360, height: 740 };

const cards = (page: Page) => page.locator('.kpi-cards a.kpi-card');

async function openDashboard(page: Page) {
  await followNav(page, 'Chỉ tiêu');
  await page.getByRole('heading', { name: 'Chỉ tiêu kế hoạch', level: 1 }).waitFor();
  await expect.poll(() => cards(page).count(), { timeout: 60_000 }).toBe(7);
}

/** The file a download button gives, read whole. */
async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('the plan dashboard and the periodic report', () => {
  it('the health station drills into indicator đ and sends and downloads the last quarter’s report', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, e2e.server.url, 'tramyte');
    await openDashboard(page);
    expect(await cards(page).evaluateAll((all) => all.map((a) => a.dataset.code))).toEqual(codes);
    // Each card says its status in words, not by colour alone.
    for (const card of await cards(page).all()) {
      expect(await card.locator('.status-badge svg').count()).toBe(1);
      expect((await card.locator('.status-badge').textContent())?.trim()).toMatch(
        /^(Đạt|Đúng tiến độ|Chậm so với mục tiêu|Chưa có số liệu)$/,
      );
    }
    await page.locator('.plan-chart svg.recharts-surface').first().waitFor();
    expect(await page.locator('.plan-chart figcaption').allTextContents()).toEqual([
      'Số cuộc kiểm tra theo tháng',
      'Tin báo qua từng bước',
      'Vi phạm theo loại hình cơ sở',
      'Tỷ lệ tin báo đã xử lý theo tháng tiếp nhận',
    ]);
    // Each chart's numbers are also a table, folded under it.
    const funnel = page.locator('.plan-chart', { hasText: 'Tin báo qua từng bước' });
    await funnel.getByText('Xem bảng số liệu').click();
    expect(
      await funnel
        .locator('.chart-data tbody tr th, .chart-data tbody td:first-child')
        .allTextContents(),
    ).toEqual(['Tiếp nhận', 'Xác minh', 'Phân loại', 'Xử lý hoặc chuyển']);
    await funnel.getByText('Xem bảng số liệu').click();
    await page.screenshot({ path: `${artifacts}/indicators-desktop.png`, fullPage: true });

    // The drill-down of đ: its address can be shared, and its count is the card's and the API's.
    const tips = page.locator('a.kpi-card[data-code="đ"]');
    const cardCount = await tips.locator('.kpi-due').getAttribute('data-due-count');
    await tips.click();
    await page.getByRole('heading', { name: 'Chỉ tiêu đ: việc còn thiếu' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?nam=${thisYear}&chi-tieu=%C4%91`);
    const api = await page
      .context()
      .request.get(`${e2e.server.url}/api/indicators?year=${thisYear}`);
    const body = (await api.json()) as { indicators: { code: string; dueCount: number }[] };
    const apiCount = body.indicators.find((i) => i.code === 'đ')?.dueCount;
    expect(cardCount).toBe(String(apiCount));
    const drill = page.locator('.kpi-drill');
    if (apiCount === 0) {
      await drill.getByText('Không còn tin báo nào chưa xử lý.').waitFor();
    } else {
      expect(await drill.locator('.kpi-drill-count').getAttribute('data-due-count')).toBe(
        cardCount,
      );
      expect(await drill.locator('.kpi-drill-count').textContent()).toContain(
        `Còn ${apiCount} việc chưa xong`,
      );
      const rows = await drill.locator('tbody tr').count();
      expect(rows).toBe(Math.min(Number(apiCount), 200));
      expect(await drill.locator('tbody tr th').first().textContent()).toMatch(/Tin báo số \d+/);
      expect(await drill.locator('thead').textContent()).toContain('Ngày tiếp nhận');
    }
    await drill.screenshot({ path: `${artifacts}/indicators-drill-d-stroke.png` });
    // Reloaded, the same drill-down is open.
    await page.reload();
    await page.getByRole('heading', { name: 'Chỉ tiêu đ: việc còn thiếu' }).waitFor();
    // A card opens with the keyboard as well.
    await page.locator('a.kpi-card[data-code="e"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Chỉ tiêu e: việc còn thiếu' }).waitFor();
    await page.getByRole('link', { name: 'Đóng' }).click();
    await expect.poll(() => page.locator('.kpi-drill').count()).toBe(0);

    // The report of the last ended quarter, picked by hand.
    await followNav(page, 'Báo cáo');
    await page.getByRole('heading', { name: 'Báo cáo định kỳ', level: 1 }).waitFor();
    await page.getByLabel('Loại kỳ').selectOption({ label: 'Tháng' });
    await page.getByLabel('Loại kỳ').selectOption({ label: 'Quý' });
    await page.getByLabel('Năm', { exact: true }).selectOption(String(lastQuarter.year));
    await page
      .getByLabel('Kỳ báo cáo')
      .selectOption({ label: `Quý ${roman[lastQuarter.quarter - 1]}` });
    const code = `${lastQuarter.year}-Q${lastQuarter.quarter}`;
    await expect.poll(() => new URL(page.url()).searchParams.get('ky')).toBe(code);
    const preview = page.locator('[data-testid="report-indicators"]');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.locator('tbody tr').count()).toBe(7);

    // Draft, fill, walk it through to sent (with the warning before sending).
    const versionsBefore = await page.locator('.report-versions tbody tr').count();
    await page
      .getByRole('button', { name: versionsBefore === 0 ? 'Tạo bản nháp' : 'Tạo phiên bản mới' })
      .click();
    // A number not in the office's form is refused with the API's reason, and nothing is saved.
    await page.getByLabel('Số, ký hiệu văn bản').fill('số 15');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.locator('.report-editor .form-problem').getByText('dạng 12/BC-TYT').waitFor();
    expect(await page.locator('.report-versions tbody tr').first().textContent()).not.toContain(
      'số 15',
    );
    await page.getByLabel('Số, ký hiệu văn bản').fill('15/BC-TYT');
    await page.getByLabel('Khó khăn, vướng mắc').fill('Kinh phí truyền thông còn hạn chế.');
    await page.getByLabel('Đề xuất, kiến nghị').fill('Đề nghị tập huấn thêm cho cán bộ thôn.');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await page.getByRole('button', { name: 'Chuyển sang đã soát xét' }).click();
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('không sửa được nữa').waitFor();
    await dialog.getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.getByText(/^Đã gửi — số liệu đã chốt ngày \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    expect(await page.locator('.report-versions [data-state="sent"]').count()).toBeGreaterThan(0);
    // A sent report is not edited; a new version may follow.
    expect(await page.getByLabel('Số, ký hiệu văn bản').count()).toBe(0);
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).waitFor();
    await preview.waitFor();
    await page.screenshot({ path: `${artifacts}/reports-desktop.png`, fullPage: true });

    const docx = await download(page, /DOCX/);
    expect(docx.name).toMatch(/\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.bytes.length).toBeGreaterThan(5_000);
    const xlsx = await download(page, /XLSX/);
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.bytes.length).toBeGreaterThan(5_000);

    expect(errors).toEqual([]);
    await close();
  });

  it('leadership reads the dashboard and the reports without write controls', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, e2e.server.url, 'lanhdao');
    await openDashboard(page);
    // Indicator d reaches leadership suppressed; where the API hid numbers the card says why.
    const api = await page
      .context()
      .request.get(`${e2e.server.url}/api/indicators?year=${thisYear}`);
    const body = (await api.json()) as { indicators: { code: string; suppressed: boolean }[] };
    const support = body.indicators.find((i) => i.code === 'd');
    const note = page.locator('a.kpi-card[data-code="d"] .kpi-suppressed');
    expect(await note.count()).toBe(support?.suppressed ? 1 : 0);
    await page.locator('.kpi-cards').screenshot({ path: `${artifacts}/indicators-leadership.png` });
    const dashboardTips = await page.locator('a.kpi-card[data-code="đ"] .kpi-value').textContent();
    await followNav(page, 'Báo cáo');
    await page.locator('[data-testid="report-indicators"]').waitFor({ timeout: 60_000 });
    await page.getByText('chỉ được xem và tải báo cáo').waitFor();
    // This year's report shows indicator đ exactly as the dashboard's card does.
    await page.getByLabel('Loại kỳ').selectOption({ label: 'Năm' });
    await page.getByLabel('Năm', { exact: true }).selectOption(String(thisYear));
    await expect.poll(() => new URL(page.url()).searchParams.get('ky')).toBe(String(thisYear));
    const row = page.locator('[data-testid="report-indicators"] tbody tr', { hasText: 'đ)' });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe(dashboardTips);
    for (const name of [
      'Tạo bản nháp',
      'Tạo phiên bản mới',
      'Lưu bản nháp',
      'Chuyển sang đã soát xét',
      'Phê duyệt',
      'Gửi báo cáo',
    ]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.locator('.report-downloads a').count()).toBe(4);
    await page.screenshot({ path: `${artifacts}/reports-leadership-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('recovers from a failed load and fits the dashboard and the report page on a 360 px phone', async () => {
    const { page, errors, close } = await openPage(e2e.browser, phone360);
    await signIn(page, e2e.server.url, 'tramyte');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    // A slow answer shows grey cards and then a progress note; a failed one says so and retries.
    await page.route('**/api/indicators?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message: 'Tạm ngừng' } }),
      });
    });
    await page.goto(`${e2e.server.url}/chi-tieu`);
    await page.locator('.kpi-skeleton').first().waitFor();
    await page.getByText('Đang tính các chỉ tiêu…').waitFor();
    await page.getByRole('alert').getByText('Không tải được dữ liệu').waitFor();
    await page.unroute('**/api/indicators?*');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => cards(page).count(), { timeout: 60_000 }).toBe(7);
    const boxes = await Promise.all((await cards(page).all()).map((c) => c.boundingBox()));
    const xs = new Set(boxes.map((b) => Math.round(b?.x ?? -1)));
    expect(xs.size).toBe(1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.locator('.plan-chart svg.recharts-surface').first().waitFor();
    await page.screenshot({ path: `${artifacts}/indicators-phone.png`, fullPage: true });
    await page
      .locator('.plan-charts')
      .screenshot({ path: `${artifacts}/indicators-charts-phone.png` });
    await page.locator('a.kpi-card[data-code="đ"]').click();
    await page.getByRole('heading', { name: 'Chỉ tiêu đ: việc còn thiếu' }).waitFor();
    await page.screenshot({ path: `${artifacts}/indicators-drill-phone.png` });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    // The report page too: its tables become cards, nothing runs off the side.
    await page.goto(`${e2e.server.url}/bao-cao`);
    await page.locator('[data-testid="report-indicators"]').waitFor({ timeout: 60_000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.screenshot({ path: `${artifacts}/reports-phone.png` });
    expect(errors).toEqual([]);
    await close();
  });
});
