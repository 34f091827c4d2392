// The report for machines. CSV in long form, one value a line: `section,item,column,value`
// (UTF-8 with a byte-order mark so spreadsheet programs read the Vietnamese right, RFC 4180
// quoting, CRLF). Numbers plain (dot decimals, no grouping), shares 0–1, days YYYY-MM-DD,
// instants ISO; suppressed support counts as the JSON has them ("<5", "hidden").
// JSON: the record and the numbers as they are.
import { cellValue } from '../files/table-cell';
import type { ReportMeta } from './report-meta';
import type { Cell } from './report-table-parts';
import { reportSections } from './report-tables';
import type { PeriodicReport, ReportData } from './report-types';

const bom = '\uFEFF';

/** RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell of any CSV the app writes: numbers plain, texts through the spreadsheet guard
 * (files/table-cell.ts, so typed text never runs as a formula), then quoted; empty for none.
 */
export function csvCell(value: string | number | null): string {
  const safe = cellValue(value);
  return safe === null ? '' : csvField(String(safe));
}

/** Every cell's value as the data has it: the kinds differ only in how people read them. */
const machineValue = (cell: Cell): string | number | null => cell.value;

export function renderCsv(data: ReportData, meta: ReportMeta): string {
  const lines: (string | number | null)[][] = [['section', 'item', 'column', 'value']];
  const report = meta.report;
  const about: [string, string][] = [
    ['commune', data.commune.code],
    ['period', data.period.code],
    ['from', data.period.from],
    ['to', data.period.to],
    ['computedAt', data.computedAt],
    ['state', report?.state ?? 'draft'],
    ['version', report ? String(report.version) : ''],
    ['number', report?.number ?? ''],
    ['sentAt', report?.sentAt ?? ''],
  ];
  for (const [item, value] of about) lines.push(['report', item, 'value', value]);
  for (const [item, value] of Object.entries(meta.narrative)) {
    lines.push(['narrative', item, 'value', value]);
  }
  for (const section of reportSections(data)) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, i) => {
          lines.push([table.key, row.key, table.columns[i]?.key ?? String(i), machineValue(cell)]);
        });
      }
    }
  }
  return `${bom}${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface ReportJson {
  report: PeriodicReport | null;
  data: ReportData;
}

export const renderJson = (data: ReportData, meta: ReportMeta): ReportJson => ({
  report: meta.report,
  data,
});
