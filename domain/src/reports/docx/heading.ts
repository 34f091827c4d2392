// The head of the document (Decree 30/2020, Appendix I, items 1–5): on the left the superior
// body, the issuing body with a short rule under it and the number; on the right the national
// title, the motto with a rule as long as itself, and the place and date; then the kind of
// document and its summary line. Two columns of a borderless table, as Word templates do.
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { documentDate } from '../vi-format';
import { centred, rule, size, textWidth } from './layout';
import { textWidthTwips } from './text-width';
import { twoColumns } from './two-columns';

export interface HeadingText {
  /** "UBND XÃ NAM THANH MIỆN". */
  superior: string;
  /** "TRẠM Y TẾ". */
  issuer: string;
  /** "BC-TYT": the symbol after the number. */
  symbol: string;
  /** "12/BC-TYT", or null while the office has not numbered it. */
  number: string | null;
  /** "Nam Thanh Miện". */
  place: string;
  date: Date;
  /** "Kết quả thực hiện công tác phòng, chống mại dâm quý I năm 2026". */
  summaryLine: string;
}

const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const motto = 'Độc lập - Tự do - Hạnh phúc';

const leftWidth = Math.round(textWidth * 0.4);
const rightWidth = textWidth - leftWidth;

/** "Số: 12/BC-TYT", or the blank the office fills in: "Số:      /BC-TYT". */
function numberLine(number: string | null, symbol: string): string {
  return number ? `Số: ${number}` : `Số:${' '.repeat(6)}/${symbol}`;
}

function leftColumn(h: HeadingText): Paragraph[] {
  const issuerWidth = textWidthTwips(h.issuer, size.heading, true);
  return [
    centred(h.superior, { size: size.heading }),
    centred(h.issuer, { size: size.heading, bold: true }),
    // Under the issuing body: a third to a half of its line, centred on it.
    rule(leftWidth, Math.round(issuerWidth * 0.5)),
    centred(numberLine(h.number, h.symbol), { size: size.heading }, { spacing: { before: 120 } }),
  ];
}

function rightColumn(h: HeadingText): Paragraph[] {
  return [
    centred(nationalTitle, { size: size.heading, bold: true }),
    centred(motto, { size: size.body, bold: true }),
    // Under the motto: as long as the motto.
    rule(rightWidth, textWidthTwips(motto, size.body, true)),
    centred(
      `${h.place}, ${documentDate(h.date)}`,
      { size: size.body, italics: true },
      { spacing: { before: 120 } },
    ),
  ];
}

/** The two-column head, then "BÁO CÁO" and the summary line with its rule. */
export function heading(h: HeadingText): (Table | Paragraph)[] {
  const table = twoColumns(leftWidth, leftColumn(h), rightColumn(h));
  const summaryWidth = Math.min(textWidth, textWidthTwips(h.summaryLine, size.body, true));
  return [
    table,
    centred('BÁO CÁO', { size: size.body, bold: true }, { spacing: { before: 480, after: 0 } }),
    centred(h.summaryLine, { size: size.body, bold: true }, { alignment: AlignmentType.CENTER }),
    rule(textWidth, Math.round(summaryWidth / 3), 100),
  ];
}
