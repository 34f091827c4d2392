// The report's tables as a workbook: a title sheet, the free text, then one sheet per part of
// section II. Numbers stay numbers (only suppressed support counts are text: "<5", "ẩn"),
// shares are percentages, days and instants are dates (Vietnam time), all in Times New Roman.
import ExcelJS from 'exceljs';
import { vietnamClock } from '../clock/vietnam-day';
import { neutraliseFormula } from '../files/table-cell';
import { formatSafeCount } from '../support/suppress';
import { reportStateLabels } from './labels';
import { isDraft, type ReportMeta } from './report-meta';
import type { Cell, ReportSection, ReportTable } from './report-table-parts';
import { reportSections } from './report-tables';
import type { ReportData } from './report-types';
import { formatDay } from './vi-format';

const font = { name: 'Times New Roman', size: 12 };
const bold = { ...font, bold: true };
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFE7E6E6' },
};

const numberFormats = {
  count: '#,##0',
  share: '0.0%',
  done: '"Đã thực hiện";"Đã thực hiện";"Chưa thực hiện"',
  day: 'dd/mm/yyyy',
  instant: 'dd/mm/yyyy hh:mm',
};

const utcDay = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00.000Z`);

/**
 * Row heights for wrapped text: spreadsheet programs do not grow a row whose height the file
 * leaves unset when they print it, so long names would overlap the next row. About one
 * character of 12 pt Times New Roman per unit of column width, 15.75 pt per line.
 */
function fitRowHeights(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, column) => {
      if (typeof cell.value !== 'string' || cell.isMerged || !cell.alignment?.wrapText) return;
      const perLine = Math.max(4, (ws.getColumn(column).width ?? 10) - 1);
      const needed = cell.value
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    // 409 pt is the tallest row a sheet may have.
    if (lines > 1) row.height = Math.min(409, lines * 15.75 + 2);
  });
}

/** A sheet's name: the part's number and short title, at most 31 characters, no []:*?/\. */
/** An A4 portrait sheet printed one page wide; column widths in characters, cells in the report's font. */
function a4Sheet(wb: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = widths.map((width) => ({ width, style: { font } }));
  return ws;
}

function sheetName(section: ReportSection): string {
  return `${section.number}. ${section.shortTitle}`.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  target.font = font;
  target.border = box;
  target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  switch (cell.kind) {
    case 'text':
      target.value = neutraliseFormula(cell.value);
      target.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
      return;
    case 'count':
    case 'vnd':
      target.value = cell.value;
      target.numFmt = numberFormats.count;
      return;
    case 'safe':
      target.value = typeof cell.value === 'number' ? cell.value : formatSafeCount(cell.value);
      if (typeof cell.value === 'number') target.numFmt = numberFormats.count;
      return;
    case 'share':
      target.value = cell.value ?? '–';
      if (cell.value !== null) target.numFmt = numberFormats.share;
      return;
    case 'done':
      target.value = cell.value ?? '–';
      if (cell.value !== null) target.numFmt = numberFormats.done;
      return;
    case 'day':
      target.value = utcDay(cell.value);
      target.numFmt = numberFormats.day;
      return;
    case 'instant':
      target.value = cell.value === null ? '–' : vietnamClock(cell.value);
      if (cell.value !== null) target.numFmt = numberFormats.instant;
      return;
  }
}

/** Writes one table from `row`: its title, its header, its rows; returns the next free row. */
function writeTable(ws: ExcelJS.Worksheet, table: ReportTable, row: number): number {
  const title = ws.getCell(row, 1);
  title.value = table.title;
  title.font = { ...bold, italic: true };
  const header = ws.getRow(row + 1);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.font = bold;
    cell.border = box;
    cell.fill = headerFill;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  let at = row + 2;
  if (table.rows.length === 0) {
    const cell = ws.getCell(at, 1);
    cell.value = 'Không có số liệu trong kỳ';
    cell.font = { ...font, italic: true };
    return at + 2;
  }
  for (const r of table.rows) {
    const line = ws.getRow(at);
    r.cells.forEach((cell, i) => {
      const target = line.getCell(i + 1);
      writeCell(target, cell);
      if (r.total) target.font = bold;
    });
    at += 1;
  }
  return at + 1;
}

function sectionSheet(wb: ExcelJS.Workbook, data: ReportData, section: ReportSection): void {
  const columns = Math.max(...section.tables.map((t) => t.columns.length));
  const ws = a4Sheet(
    wb,
    sheetName(section),
    Array.from({ length: columns }, (_, i) =>
      Math.max(10, ...section.tables.map((t) => t.columns[i]?.width ?? 0)),
    ),
  );
  const heading = ws.getCell(1, 1);
  heading.value = `${section.number}. ${section.title}`;
  heading.font = { ...bold, size: 13 };
  const period = ws.getCell(2, 1);
  period.value = `Kỳ báo cáo: ${data.period.label} (từ ${formatDay(data.period.from)} đến ${formatDay(data.period.to)})`;
  period.font = { ...font, italic: true };
  let row = 4;
  for (const table of section.tables) row = writeTable(ws, table, row);
  fitRowHeights(ws);
  // The part's title, the period and the first table's header stay in view while scrolling.
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 5 }];
}

function titleSheet(wb: ExcelJS.Workbook, data: ReportData, meta: ReportMeta): void {
  const ws = a4Sheet(wb, 'Thông tin chung', [34, 60]);
  const title = ws.getCell('A1');
  title.value = `BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM ${data.period.label.toUpperCase()}`;
  title.font = { ...bold, size: 13 };
  ws.mergeCells('A1:B1');
  const report = meta.report;
  const state = report?.state ?? 'draft';
  const rows: [string, ExcelJS.CellValue, string?][] = [
    ['Cơ quan báo cáo', `Trạm Y tế xã ${data.commune.name}`],
    ['Xã', `${data.commune.name} (mã ${data.commune.code}), thành phố ${data.commune.city}`],
    ['Kỳ báo cáo', `${data.period.label} (${data.period.code})`],
    ['Từ ngày', utcDay(data.period.from), numberFormats.day],
    ['Đến ngày', utcDay(data.period.to), numberFormats.day],
    [
      'Trạng thái',
      isDraft(meta) ? `${reportStateLabels[state]} (DỰ THẢO)` : reportStateLabels[state],
    ],
    ['Phiên bản', report ? report.version : 'Chưa lập báo cáo'],
    ['Số ký hiệu', report?.number ?? 'Chưa cấp số'],
    ['Số liệu tổng hợp lúc', vietnamClock(data.computedAt), numberFormats.instant],
    ['Ngày gửi', report?.sentAt ? vietnamClock(report.sentAt) : 'Chưa gửi', numberFormats.instant],
    [
      'Ghi chú',
      'Số liệu hỗ trợ người bán dâm: số từ 1 đến 4 ghi “<5”; ô có thể giúp suy ra số đã ẩn bằng phép trừ ghi “ẩn”. Thời gian theo giờ Việt Nam (UTC+7).',
    ],
  ];
  rows.forEach(([label, value, numFmt], i) => {
    const r = ws.getRow(i + 3);
    const a = r.getCell(1);
    a.value = label;
    a.font = bold;
    a.border = box;
    a.alignment = { vertical: 'top' };
    const b = r.getCell(2);
    b.value = typeof value === 'string' ? neutraliseFormula(value) : value;
    b.font = font;
    b.border = box;
    b.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    if (numFmt && value instanceof Date) b.numFmt = numFmt;
  });
  fitRowHeights(ws);
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

function narrativeSheet(wb: ExcelJS.Workbook, meta: ReportMeta): void {
  const ws = a4Sheet(wb, 'Nội dung', [30, 90]);
  const header = ws.getRow(1);
  ['Phần', 'Nội dung'].forEach((label, i) => {
    const cell = header.getCell(i + 1);
    cell.value = label;
    cell.font = bold;
    cell.border = box;
    cell.fill = headerFill;
  });
  const parts: [string, string][] = [
    ['I. Tình hình chung', meta.narrative.summary],
    ['III. Khó khăn, vướng mắc', meta.narrative.difficulties],
    ['IV. Đề xuất, kiến nghị', meta.narrative.proposals],
  ];
  parts.forEach(([label, text], i) => {
    const r = ws.getRow(i + 2);
    r.getCell(1).value = label;
    r.getCell(1).font = bold;
    r.getCell(2).value = neutraliseFormula(text);
    for (const c of [r.getCell(1), r.getCell(2)]) {
      c.border = box;
      c.alignment = { vertical: 'top', wrapText: true };
    }
  });
  fitRowHeights(ws);
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

/** The report as an .xlsx file. */
export async function renderXlsx(data: ReportData, meta: ReportMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Trạm Y tế xã ${data.commune.name}`;
  wb.title = `Báo cáo phòng, chống mại dâm ${data.period.label}`;
  // Dated by the numbers, not by the moment of rendering: a sent report renders the same.
  wb.created = new Date(data.computedAt);
  wb.modified = new Date(data.computedAt);
  titleSheet(wb, data, meta);
  narrativeSheet(wb, meta);
  for (const section of reportSections(data)) sectionSheet(wb, data, section);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
