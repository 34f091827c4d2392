import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { draftReport, quarterData, sentReport } from './fixtures/quarter-2026-q1';
import { labelOf } from './labels';
import { reportMeta } from './report-meta';
import type { PeriodicReport } from './report-types';
import { renderXlsx } from './xlsx';

async function workbook(report: PeriodicReport | null = sentReport) {
  const narrative = report?.narrative ?? { summary: 'Tóm tắt', difficulties: '', proposals: '' };
  const buffer = await renderXlsx(
    quarterData,
    reportMeta(report, narrative, new Date('2026-04-06T02:00:00Z')),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The row whose first cell reads `label`, below the table titled `title`. */
function rowOf(ws: ExcelJS.Worksheet, title: string, label: string): ExcelJS.Row {
  let inTable = false;
  for (let r = 1; r <= ws.rowCount; r++) {
    const first = ws.getRow(r).getCell(1).value;
    if (first === title) inTable = true;
    else if (inTable && first === label) return ws.getRow(r);
  }
  throw new Error(`no row "${label}" under "${title}" on ${ws.name}`);
}

/** What the row `label` under `title` shows in its number column. */
const numberOf = (ws: ExcelJS.Worksheet, title: string, label: string) =>
  rowOf(ws, title, label).getCell(2).value;

/** Under `title`, each item's row (found by its label) shows the item's count. */
function expectCounts<T extends { count: number }>(
  ws: ExcelJS.Worksheet,
  title: string,
  items: readonly T[],
  label: (item: T) => string,
) {
  for (const item of items) expect(numberOf(ws, title, label(item)), label(item)).toBe(item.count);
}

const values = (row: ExcelJS.Row, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => row.getCell(from + i).value);

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('the periodic report as a workbook', () => {
  it('has a title sheet, the free text and one sheet per part, with names Excel accepts', async () => {
    const wb = await workbook();
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([
      'Thông tin chung',
      'Nội dung',
      '1. Chỉ tiêu',
      '2. Cơ sở kinh doanh',
      '3. Kiểm tra, xử lý',
      '4. Tin báo',
      '5. Hỗ trợ',
      '6. Tập huấn',
      '7. Truyền thông',
      '8. Vi phạm trên mạng',
      '9. Chế độ báo cáo',
    ]);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('says on the title sheet which commune, period, state, number and time the numbers are from', async () => {
    const ws = sheet(await workbook(), 'Thông tin chung');
    const byLabel = new Map<string, ExcelJS.CellValue>();
    ws.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get('Xã')).toContain('Nam Thanh Miện');
    expect(byLabel.get('Kỳ báo cáo')).toBe('quý I năm 2026 (2026-Q1)');
    expect(byLabel.get('Trạng thái')).toBe('Đã gửi');
    expect(byLabel.get('Phiên bản')).toBe(2);
    expect(byLabel.get('Số ký hiệu')).toBe('12/BC-TYT');
    // 01:15 UTC is 08:15 in Vietnam; the sheet keeps the wall-clock time.
    expect((byLabel.get('Số liệu tổng hợp lúc') as Date).toISOString()).toBe(
      '2026-04-05T08:15:00.000Z',
    );
    const draft = sheet(await workbook(null), 'Thông tin chung');
    const states: string[] = [];
    draft.eachRow((row) => states.push(String(row.getCell(2).value)));
    expect(states).toContain('Dự thảo (DỰ THẢO)');
    expect(states).toContain('Chưa lập báo cáo');
  });

  it('keeps every business count as a number equal to the data', async () => {
    const ws = sheet(await workbook(), '2. Cơ sở kinh doanh');
    const title = 'Cơ sở kinh doanh theo loại hình và tình trạng hoạt động';
    for (const t of quarterData.businesses.byType) {
      const row = rowOf(ws, title, labelOf('businessTypes', t.type));
      expect(values(row, 2, 5)).toEqual([t.active, t.suspended, t.closed, t.total]);
      expect(row.getCell(2).numFmt).toBe('#,##0');
    }
    const total = rowOf(ws, title, 'Tổng cộng');
    expect(total.getCell(5).value).toBe(200);
    expect(total.getCell(5).font?.bold).toBe(true);
    const period = 'Đăng ký mới và rà soát trong kỳ';
    expect(numberOf(ws, period, 'Cơ sở đăng ký mới trong kỳ')).toBe(9);
    expect(numberOf(ws, period, 'Cơ sở được rà soát trong kỳ')).toBe(187);
  });

  it('keeps the indicators as numbers and shares in percent format', async () => {
    const ws = sheet(await workbook(), '1. Chỉ tiêu');
    for (const ind of quarterData.indicators) {
      const row = rowOf(ws, 'Các chỉ tiêu a–g (từ đầu năm đến hết kỳ)', ind.code);
      const value = row.getCell(3);
      if (ind.suppressed) expect(value.value).toBe('ẩn');
      else expect(value.value).toBe(ind.value);
      if (ind.kind === 'share' && !ind.suppressed) expect(value.numFmt).toBe('0.0%');
      expect(row.getCell(4).value).toBe(ind.target);
      const shown = (n: typeof ind.numerator) => (n === null ? '–' : n === 'hidden' ? 'ẩn' : n);
      expect(row.getCell(5).value).toBe(shown(ind.numerator));
      expect(row.getCell(6).value).toBe(shown(ind.denominator));
    }
  });

  it('compares every number of inspections, tips, trainings, communication and online violations with the data', async () => {
    const wb = await workbook();
    const i = quarterData.inspections;
    const ins = sheet(wb, '3. Kiểm tra, xử lý');
    const summary = (label: string) => numberOf(ins, 'Kiểm tra trong kỳ', label);
    expect(summary('Lượt kiểm tra')).toBe(i.total);
    expect(summary('Kiểm tra theo kế hoạch')).toBe(i.scheduled);
    expect(summary('Kiểm tra đột xuất')).toBe(i.surprise);
    expect(summary('Lượt kiểm tra phát hiện vi phạm')).toBe(i.withViolation);
    expect(summary('Quyết định xử phạt tiền')).toBe(i.fines.count);
    expect(summary('Tổng số tiền phạt (đồng)')).toBe(i.fines.totalVnd);
    for (const t of i.byType) {
      const row = rowOf(
        ins,
        'Kiểm tra và vi phạm theo loại hình cơ sở',
        labelOf('businessTypes', t.type),
      );
      expect(values(row, 2, 3)).toEqual([t.inspections, t.violations]);
    }
    expectCounts(ins, 'Hành vi vi phạm phát hiện', i.violationsByKind, (v) =>
      labelOf('violations', v.kind),
    );
    expectCounts(ins, 'Biện pháp xử lý đã áp dụng', i.measures, (m) =>
      labelOf('measures', m.measure),
    );

    const t = quarterData.tips;
    const tips = sheet(wb, '4. Tin báo');
    const tip = (label: string) => rowOf(tips, 'Tin báo trong kỳ', label).getCell(2);
    expect(tip('Tin báo tiếp nhận').value).toBe(t.received);
    expect(tip('Đã xử lý').value).toBe(t.handled);
    expect(tip('Đã chuyển cơ quan có thẩm quyền').value).toBe(t.transferred);
    expect(tip('Kết luận không có căn cứ').value).toBe(t.unfounded);
    expect(tip('Đang xác minh, xử lý').value).toBe(t.open);
    expect(tip('Quá hạn xử lý').value).toBe(t.overdue);
    expect(tip('Tỷ lệ tin báo được xử lý').value).toBe(t.handledShare);
    expect(tip('Tỷ lệ tin báo được xử lý').numFmt).toBe('0.0%');
    expectCounts(tips, 'Tin báo theo nội dung', t.byCategory, (c) =>
      labelOf('tipCategories', c.category),
    );
    expectCounts(tips, 'Tin báo theo kênh tiếp nhận', t.byChannel, (c) =>
      labelOf('tipChannels', c.channel),
    );

    const tr = sheet(wb, '6. Tập huấn');
    for (const c of quarterData.trainings.courses) {
      const row = tr.getRows(1, tr.rowCount)?.find((r) => r.getCell(2).value === c.course);
      if (!row) throw new Error(`no row for ${c.course}`);
      expect((row.getCell(1).value as Date).toISOString().slice(0, 10)).toBe(c.heldOn);
      expect(row.getCell(3).value).toBe(c.attendees);
    }
    const trained = (label: string) => numberOf(tr, 'Cán bộ được tập huấn', label);
    expect(trained('Cán bộ đã được tập huấn trong năm')).toBe(
      quarterData.trainings.officersTrained,
    );
    expect(trained('Tổng số cán bộ tham gia thực hiện Kế hoạch')).toBe(
      quarterData.trainings.officersTotal,
    );

    const com = sheet(wb, '7. Truyền thông');
    expect(numberOf(com, 'Hoạt động truyền thông trong kỳ', 'Số lượt người được tiếp cận')).toBe(
      1944,
    );
    const reaches: number[] = [];
    let inActivities = false;
    com.eachRow((row) => {
      if (row.getCell(1).value === 'Các hoạt động truyền thông') inActivities = true;
      else if (inActivities && row.getCell(1).value instanceof Date)
        reaches.push(row.getCell(5).value as number);
    });
    expect(reaches).toEqual(quarterData.communication.activities.map((a) => a.reach));

    const online = sheet(wb, '8. Vi phạm trên mạng');
    const o = quarterData.onlineViolations;
    const on = (label: string) => numberOf(online, 'Vi phạm trên môi trường mạng trong kỳ', label);
    expect([on('Vụ việc phát hiện'), on('Đã yêu cầu gỡ bỏ'), on('Đã được gỡ bỏ')]).toEqual([
      o.found,
      o.takedownRequested,
      o.removed,
    ]);
  });

  it('writes suppressed support counts as "<5" and "ẩn", the others as numbers', async () => {
    const ws = sheet(await workbook(), '5. Hỗ trợ');
    const title = 'Kết nối dịch vụ theo loại dịch vụ';
    const cell = (service: string) => numberOf(ws, title, labelOf('supportServices', service));
    expect(cell('health')).toBe(8);
    expect(cell('social')).toBe('<5');
    expect(cell('vocational')).toBe('ẩn');
    expect(cell('employment')).toBe(0);
    const summary = (label: string) => numberOf(ws, 'Tư vấn, hỗ trợ trong kỳ', label);
    expect(summary('Người thuộc diện hỗ trợ')).toBe(12);
    expect(summary('Người được tư vấn, kết nối dịch vụ')).toBe('ẩn');
    expect(summary('Hồ sơ hỗ trợ mở mới trong kỳ')).toBe('<5');
  });

  it('sets Times New Roman, column widths and frozen header rows on every sheet', async () => {
    const wb = await workbook(draftReport);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      expect((ws.views[0] as { ySplit: number }).ySplit).toBeGreaterThan(0);
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.font?.name).toBe('Times New Roman');
        }),
      );
    }
  });
});
