import {
  AlignmentType,
  type Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { textWidth } from './layout';

/**
 * Two columns of a borderless table across the text width, as Word templates lay out a
 * document's head and foot; the row never breaks across pages. Widths in twips.
 */
export function twoColumns(leftWidth: number, left: Paragraph[], right: Paragraph[]): Table {
  const rightWidth = textWidth - leftWidth;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children,
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(leftWidth, left), cell(rightWidth, right)],
      }),
    ],
  });
}
