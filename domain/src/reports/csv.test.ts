import { describe, expect, it } from 'vitest';
import { csvField, renderCsv, renderJson } from './csv';
import { quarterData, sentReport } from './fixtures/quarter-2026-q1';
import { reportMeta } from './report-meta';

/** RFC 4180 read back: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('the last line has no CRLF');
  return rows;
}

const meta = reportMeta(sentReport, sentReport.narrative, new Date('2026-04-06T02:00:00Z'));

describe('the periodic report as CSV', () => {
  const csv = renderCsv(quarterData, meta);
  const rows = parseCsv(csv.slice(1));
  const value = (section: string, item: string, column: string) =>
    rows.find((r) => r[0] === section && r[1] === item && r[2] === column)?.[3];

  it('starts with a byte-order mark and the header, ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFsection,item,column,value\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Records end in CRLF; a bare LF only inside a quoted field (the summary's line break).
    expect(rows.filter((r) => r.some((f) => f.includes('\n'))).map((r) => r[1])).toEqual([
      'summary',
    ]);
    for (const r of rows) expect(r).toHaveLength(4);
  });

  it('quotes what RFC 4180 says to quote', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    // A name with a comma survives the trip.
    expect(value('inspections.measures', 'reminder', 'name')).toBe('Nhắc nhở, tuyên truyền');
  });

  it('lists every number as the data has it, machine-plain', () => {
    expect(value('report', 'period', 'value')).toBe('2026-Q1');
    expect(value('report', 'state', 'value')).toBe('sent');
    expect(value('report', 'number', 'value')).toBe('12/BC-TYT');
    for (const t of quarterData.businesses.byType) {
      expect(value('businesses.byType', t.type, 'active')).toBe(String(t.active));
      expect(value('businesses.byType', t.type, 'total')).toBe(String(t.total));
    }
    expect(value('inspections.summary', 'finesVnd', 'value')).toBe('12500000');
    expect(value('tips.summary', 'handledShare', 'value')).toBe(String(23 / 26));
    expect(value('indicators', 'b', 'value')).toBe('0.935');
    expect(value('indicators', 'đ', 'numerator')).toBe('23');
    expect(value('communication.activities', '2', 'reach')).toBe('1450');
    expect(value('trainings.courses', '1', 'heldOn')).toBe('2026-02-24');
    expect(value('reporting.agencies', '8', 'submittedAt')).toBe('');
    expect(value('narrative', 'summary', 'value')).toBe(sentReport.narrative.summary);
  });

  it('keeps suppressed support counts suppressed', () => {
    expect(value('support.byService', 'social', 'connected')).toBe('<5');
    expect(value('support.byService', 'vocational', 'connected')).toBe('hidden');
    expect(value('support.summary', 'reached', 'value')).toBe('hidden');
    expect(value('indicators', 'd', 'value')).toBe('hidden');
  });

  it('JSON is the record and the numbers', () => {
    const json = renderJson(quarterData, meta);
    expect(json.report?.number).toBe('12/BC-TYT');
    expect(JSON.parse(JSON.stringify(json)).data).toEqual(quarterData);
  });
});
