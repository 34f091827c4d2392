import { describe, expect, it } from 'vitest';
import {
  hotSpotFillLayerId,
  riskCellFillLayerId,
  villageRiskFillLayerId,
} from '../../web/src/risk/choropleth-layers';
import { riskHeatLayerId } from '../../web/src/risk/risk-layer';
import { fillDay } from '../helpers/date-field';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openMapAs } from '../helpers/pages';
import {
  drawn,
  hasLayer,
  highestAreaPoint,
  leadRiskOnPhone,
  riskSection,
} from '../helpers/risk-map';

const e2e = e2eSuite();

describe('the leadership risk map on a laptop', () => {
  it('shows the heat map with its legend, names Tết on a Tết day, and explains a business with bars', async () => {
    const lead = await openMapAs(e2e, desktop, 'lanhdao');
    const section = await riskSection(lead.page);
    await expect.poll(() => hasLayer(lead.page, riskHeatLayerId)).toBe(true);
    const legend = lead.page.locator('.risk-legend');
    await legend.getByText('Rất cao').waitFor();
    await legend.getByText('từ 65').waitFor();
    await section.getByText('Bản đồ nguy cơ đoán đúng đến đâu').waitFor({ timeout: 60_000 });
    await section.getByText('10% ô nguy cơ cao nhất chứa được').waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-heat-desktop.png` });

    await fillDay(section.getByLabel('Ngày xem'), '2026-02-17');
    await section.getByText('Thuộc: Tết Nguyên Đán').waitFor();
    await section.getByText('17/02/2026 · Tết Nguyên Đán').waitFor();
    await section.locator('[data-risk] button').first().click();
    const card = lead.page.locator('.risk-card');
    await card.getByText('Điểm theo từng yếu tố').waitFor();
    await expect.poll(() => card.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(1);
    // The bars are named in Vietnamese on their axis: the season is one of them on a Tết day.
    await card.locator('.recharts-wrapper text').filter({ hasText: /^Mùa$/ }).first().waitFor();
    await card.getByText('Tổng (tối đa 100)').waitFor();
    await card.getByText('Giảm được nếu', { exact: false }).first().waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-card-desktop.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });

  it('draws the cells, opens a cell’s explanation, then the villages and the hot spots', async () => {
    const lead = await openMapAs(e2e, desktop, 'lanhdao');
    const section = await riskSection(lead.page);

    await section.getByText('Theo ô lưới', { exact: true }).click();
    await expect
      .poll(() => drawn(lead.page, riskCellFillLayerId), { timeout: 30_000 })
      .toBeGreaterThan(10);
    await lead.page
      .locator('.risk-legend')
      .getByText('Mỗi ô lục giác 250 m', { exact: false })
      .waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-cells-desktop.png` });
    const cell = await highestAreaPoint(lead.page, riskCellFillLayerId, 'riskScore');
    await lead.page.mouse.click(cell.x, cell.y);
    const card = lead.page.locator('.risk-card');
    await card.getByText('Ô lưới lục giác 250 m').waitFor();
    await expect.poll(() => card.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await lead.page.waitForTimeout(600); // the map eases to the cell
    await lead.page.screenshot({ path: `${artifacts}/risk-cell-card-desktop.png` });
    await card.getByRole('button', { name: 'Đóng' }).click();

    await lead.page.getByRole('button', { name: 'Xem toàn xã' }).click();
    await section.getByText('Theo thôn', { exact: true }).click();
    await expect.poll(() => drawn(lead.page, villageRiskFillLayerId)).toBeGreaterThan(15);
    expect(await drawn(lead.page, riskCellFillLayerId)).toBe(0);
    await lead.page.locator('.risk-legend').getByText('Không có cơ sở').waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-villages-desktop.png` });
    const village = await highestAreaPoint(lead.page, villageRiskFillLayerId, 'meanScore');
    await lead.page.mouse.click(village.x, village.y);
    await card.getByRole('heading', { name: /^Thôn / }).waitFor();
    await card.getByText('Điểm trung bình', { exact: false }).waitFor();
    await expect.poll(() => card.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await lead.page.waitForTimeout(600);
    await lead.page.screenshot({ path: `${artifacts}/risk-village-card-desktop.png` });
    await card.getByRole('button', { name: 'Đóng' }).click();
    await lead.page.getByRole('button', { name: 'Xem toàn xã' }).click();

    await section.getByText('Điểm nóng', { exact: true }).click();
    await expect
      .poll(() => drawn(lead.page, hotSpotFillLayerId), { timeout: 30_000 })
      .toBeGreaterThan(10);
    await lead.page.locator('.risk-legend').getByText('Điểm nóng (99%)').waitFor();
    await section.locator('.hot-spot-method summary').click();
    await section.getByText('kiểm định Getis-Ord Gi*', { exact: false }).waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-hotspots-desktop.png` });
    await section.getByLabel('Dữ liệu điểm nóng').selectOption('violations');
    await section.getByText('Vi phạm từ', { exact: false }).waitFor();
    expect(lead.errors).toEqual([]);
    await lead.close();
  });

  it('moves through the year with the slider and jumps to a season’s peak day', async () => {
    const lead = await openMapAs(e2e, desktop, 'lanhdao');
    const section = await riskSection(lead.page);
    await fillDay(section.getByLabel('Ngày xem'), '2026-01-01');
    await section.getByText('01/01/2026 · ngày thường').waitFor();

    const slider = section.getByRole('slider');
    await slider.focus();
    for (let i = 0; i < 40; i += 1) await lead.page.keyboard.press('ArrowRight');
    // The day follows the slider at once; the map asks once it rests.
    await section.getByText('10/02/2026 · Tết Nguyên Đán').waitFor();
    await section.getByText('Thuộc: Tết Nguyên Đán').waitFor();
    // The date field shows the day as the commune writes it, dd/mm/yyyy.
    await expect.poll(() => section.getByLabel('Ngày xem').inputValue()).toBe('10/02/2026');

    await section.getByLabel('Nhảy tới mùa cao điểm').selectOption('reunification-day');
    await expect.poll(() => section.getByLabel('Ngày xem').inputValue()).toBe('30/04/2026');
    await section.getByText('Thuộc: Lễ 30/4 – 1/5').waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-slider-desktop.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });
});

describe('the leadership risk map on a phone', () => {
  it('shows the heat map, the cells and an explanation that fits the bottom sheet', async () => {
    const { lead, section } = await leadRiskOnPhone(e2e);
    await lead.page.screenshot({ path: `${artifacts}/risk-leadership-phone.png` });

    await section.getByText('Theo ô lưới', { exact: true }).click();
    await lead.page.locator('.sheet-handle').click();
    await expect
      .poll(() => drawn(lead.page, riskCellFillLayerId), { timeout: 30_000 })
      .toBeGreaterThan(10);
    await lead.page.screenshot({ path: `${artifacts}/risk-cells-phone.png` });

    await lead.page.locator('.sheet-handle').click();
    // The sheet steps aside for the card.
    await section.locator('[data-risk] button').first().click();
    await expect
      .poll(() => lead.page.locator('.sheet-handle').getAttribute('aria-expanded'))
      .toBe('false');
    const card = lead.page.locator('.risk-card');
    await expect.poll(() => card.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(1);
    // The bars fit the sheet's width: nothing sticks out to the right.
    await lead.page.mouse.move(5, 200); // no tooltip from where the finger was
    const sheet = await lead.page.locator('.review-sheet').boundingBox();
    const chart = await card.locator('.recharts-wrapper').boundingBox();
    expect(sheet && chart && chart.x + chart.width <= sheet.x + sheet.width).toBe(true);
    await lead.page.screenshot({ path: `${artifacts}/risk-card-phone.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });
});
