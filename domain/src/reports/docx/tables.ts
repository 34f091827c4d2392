// One of the report's tables as a bordered Word table: 13 pt, bold centred header repeated on
// every page it runs onto, text left, numbers centred, rows that do not split across pages.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { cellText } from '../cell-text';
import type { Cell, ReportTable } from '../report-table-parts';
import { run, size, textWidth } from './layout';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};
const margins = { top: 40, bottom: 40, left: 80, right: 80 };

function tableCell(text: string, width: number, options: { bold?: boolean; centre?: boolean }) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [run(text, { size: size.table, bold: options.bold })],
      }),
    ],
  });
}

const isText = (cell: Cell) => cell.kind === 'text';

/** Column widths in twips: the table's relative widths spread over the text width. */
function widths(table: ReportTable): number[] {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const out = table.columns.map((c) => Math.floor((c.width / total) * textWidth));
  out[out.length - 1] = (out.at(-1) ?? 0) + textWidth - out.reduce((s, w) => s + w, 0);
  return out;
}

export function wordTable(table: ReportTable): Table {
  const columnWidths = widths(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) =>
      tableCell(c.label, columnWidths[i] ?? 0, { bold: true, centre: true }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((cell, i) =>
          tableCell(cellText(cell), columnWidths[i] ?? 0, {
            bold: row.total,
            // Short codes ("a", "đ") and every number centred; names and sentences left.
            centre: !isText(cell) || cellText(cell).length <= 2,
          }),
        ),
      }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [header, ...rows],
  });
}
