// The periodic report as a Word document in the form of Decree 30/2020/NĐ-CP (Appendix I):
// a pure function of the numbers and the record, so a sent report renders the same from its
// frozen snapshot whenever it is asked for.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { isDraft, type ReportMeta, signerOf } from '../report-meta';
import { reportSections } from '../report-tables';
import type { ReportData } from '../report-types';
import { body, suppressionFootnote, suppressionFootnoteId } from './body';
import { closing } from './closing';
import { heading } from './heading';
import { font, page, run, size, textWidth } from './layout';

const draftMark = 'DỰ THẢO';

/** The issuing body and how its reports are numbered ("12/BC-TYT"). */
const issuer = { name: 'TRẠM Y TẾ', symbol: 'BC-TYT', signerTitle: 'TRƯỞNG TRẠM' };

function summaryLine(data: ReportData): string {
  return `Kết quả thực hiện công tác phòng, chống mại dâm ${data.period.label}`;
}

/** "DỰ THẢO" in a box at the top right of the first page. */
const draftBox = () =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 0, after: 0 },
    border: {
      top: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 },
      bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 },
      left: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 },
      right: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 },
    },
    indent: { left: textWidth - 1900 },
    children: [run(draftMark, { bold: true, size: size.body })],
  });

/** From page 2 on: the page number centred at the top; a draft also says so on the right. */
function pageHeader(draft: boolean): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
          { type: TabStopType.RIGHT, position: textWidth },
        ],
        children: [
          new TextRun({ text: '\t', font, size: size.heading }),
          new TextRun({ children: [PageNumber.CURRENT], font, size: size.heading }),
          ...(draft
            ? [new TextRun({ text: `\t${draftMark}`, font, size: size.heading, bold: true })]
            : []),
        ],
      }),
    ],
  });
}

const firstHeader = (draft: boolean) =>
  new Header({ children: [draft ? draftBox() : new Paragraph({ children: [] })] });

/** The report as a .docx file. */
export async function renderDocx(data: ReportData, meta: ReportMeta): Promise<Buffer> {
  const draft = isDraft(meta);
  const line = summaryLine(data);
  const commune = data.commune.name;
  const doc = new Document({
    creator: `Trạm Y tế xã ${commune}`,
    title: `Báo cáo ${line.charAt(0).toLowerCase()}${line.slice(1)}`,
    description: draft ? draftMark : `Số ${meta.report?.number ?? ''}`,
    styles: {
      default: {
        document: {
          run: { font, size: size.body },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        footnoteText: { run: { font, size: 24 } },
      },
    },
    footnotes: {
      [suppressionFootnoteId]: {
        children: [new Paragraph({ children: [run(suppressionFootnote, { size: 24 })] })],
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
            margin: page.margin,
          },
          titlePage: true,
        },
        headers: { first: firstHeader(draft), default: pageHeader(draft) },
        children: [
          ...heading({
            superior: `UBND XÃ ${commune.toUpperCase()}`,
            issuer: issuer.name,
            symbol: issuer.symbol,
            number: meta.report?.number ?? null,
            place: commune,
            date: meta.issuedAt,
            summaryLine: line,
          }),
          ...body(data, meta.narrative, reportSections(data)),
          new Paragraph({ spacing: { before: 240, after: 0 }, keepNext: true, children: [] }),
          closing({
            recipients: [
              `- Sở Y tế thành phố ${data.commune.city};`,
              '- UBND xã (qua Phòng VH-XH);',
              '- Lưu: VT, TYT.',
            ],
            signerTitle: issuer.signerTitle,
            signerName: signerOf(meta),
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
