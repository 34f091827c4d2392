// The foot of the document (Decree 30/2020, Appendix I, items 7–9): on the left "Nơi nhận:"
// (bold italic 12 pt) and the recipients (11 pt); on the right the signer's title (bold,
// upper case), room for the signature and seal, and the signer's name (bold).
import { Paragraph, type Table } from 'docx';
import { centred, run, size, textWidth } from './layout';
import { twoColumns } from './two-columns';

export interface ClosingText {
  recipients: string[];
  /** "TRƯỞNG TRẠM". */
  signerTitle: string;
  /** Empty until the report is approved: the space stays for the name. */
  signerName: string | null;
}

const leftWidth = Math.round(textWidth * 0.45);

const left = (c: ClosingText): Paragraph[] => [
  new Paragraph({
    spacing: { before: 0, after: 0 },
    children: [run('Nơi nhận:', { bold: true, italics: true, size: size.recipientsTitle })],
  }),
  ...c.recipients.map(
    (r) =>
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: [run(r, { size: size.recipients })],
      }),
  ),
];

const right = (c: ClosingText): Paragraph[] => [
  centred(c.signerTitle.toUpperCase(), { bold: true, size: size.body }),
  // Room for the signature and the seal: about 3 cm.
  centred(c.signerName ?? '', { bold: true, size: size.body }, { spacing: { before: 1700 } }),
];

export function closing(c: ClosingText): Table {
  return twoColumns(leftWidth, left(c), right(c));
}
