// The content of the report: I. the situation (the health station's words), II. the results
// (sentences and tables, 1–9), III. difficulties, IV. proposals.
import { FootnoteReferenceRun, type Paragraph, type Table } from 'docx';
import type { ReportSection } from '../report-table-parts';
import type { ReportData, ReportNarrative } from '../report-types';
import { formatDay, formatInstant } from '../vi-format';
import { bodyParagraph, centred, run, size } from './layout';
import { sentences } from './sentences';
import { wordTable } from './tables';

/** The footnote that says why some support numbers are not shown. */
export const suppressionFootnoteId = 1;
export const suppressionFootnote =
  'Để bảo vệ người được hỗ trợ, số liệu từ 1 đến 4 người được ghi “<5”; ô số liệu có thể giúp suy ra số đã ẩn bằng phép trừ được ghi “ẩn”.';

const romanHeading = (numeral: string, title: string) =>
  bodyParagraph([run(`${numeral}. ${title.toUpperCase()}`, { bold: true })], {
    keepNext: true,
    spacing: { before: 240, after: 0, line: 276 },
  });

const numberedHeading = (n: number, title: string) =>
  bodyParagraph([run(`${n}. ${title}`, { bold: true })], { keepNext: true });

/**
 * Free text, one paragraph per line; an empty field says so. `keepLast` keeps the last line on
 * the page of what follows (the signature block never stands alone on a page).
 */
function freeText(text: string, empty: string, keepLast = false): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const all = lines.length > 0 ? lines : [empty];
  return all.map((l, i) =>
    bodyParagraph([run(l)], keepLast && i === all.length - 1 ? { keepNext: true } : {}),
  );
}

function section(s: ReportSection, said: string[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [numberedHeading(s.number, s.title)];
  said.forEach((sentence, i) => {
    const isSupport = s.key === 'support' && i === said.length - 1;
    out.push(
      bodyParagraph([
        run(sentence),
        ...(isSupport ? [new FootnoteReferenceRun(suppressionFootnoteId)] : []),
      ]),
    );
  });
  for (const table of s.tables.filter((t) => t.inDocument)) {
    if (table.rows.length === 0) {
      out.push(bodyParagraph([run(`- ${table.title}: không có trong kỳ.`)]));
      continue;
    }
    out.push(
      centred(
        table.title,
        { size: size.table, italics: true },
        { keepNext: true, spacing: { before: 120, after: 60 } },
      ),
      wordTable(table),
    );
  }
  return out;
}

export function body(
  data: ReportData,
  narrative: ReportNarrative,
  sections: ReportSection[],
): (Paragraph | Table)[] {
  const said = sentences(data);
  return [
    romanHeading('I', 'Tình hình chung'),
    ...freeText(narrative.summary, 'Chưa có nội dung.'),
    romanHeading('II', 'Kết quả thực hiện'),
    bodyParagraph([
      run(
        `(Số liệu từ ngày ${formatDay(data.period.from)} đến ngày ${formatDay(data.period.to)}, tổng hợp lúc ${formatInstant(data.computedAt)} từ hệ thống quản lý của xã.)`,
        { italics: true },
      ),
    ]),
    ...sections.flatMap((s) => section(s, said[s.key] ?? [])),
    romanHeading('III', 'Khó khăn, vướng mắc'),
    ...freeText(narrative.difficulties, 'Không có.'),
    romanHeading('IV', 'Đề xuất, kiến nghị'),
    ...freeText(narrative.proposals, 'Không có.', true),
  ];
}
