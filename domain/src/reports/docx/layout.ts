// The page and type of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I):
// A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman;
// body 13–14 pt, justified, first-line indent, paragraphs at least 6 pt apart, line spacing
// from single to 1.5 lines. Lengths are twips (1/20 pt; 1 mm ≈ 56.7 twips), font sizes half-points.
import {
  AlignmentType,
  BorderStyle,
  type IParagraphOptions,
  type IRunOptions,
  Paragraph,
  TextRun,
} from 'docx';

// Rounded up, so a margin is never a hair under the decree's minimum (15 mm is 850.4 twips).
const mm = (n: number) => Math.ceil((n * 1440) / 25.4);

export const page = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
};

/** The width text may use between the margins. */
export const textWidth = page.width - page.margin.left - page.margin.right;

export const font = 'Times New Roman';

/** Half-points. */
export const size = { body: 28, heading: 26, table: 26, recipientsTitle: 24, recipients: 22 };

/** Between paragraphs (the decree's minimum is 6 pt) and between lines (1.15 lines). */
const spacing = { paragraph: 120, line: 276 };

/** First-line indent of body paragraphs: 1 cm (the decree: 1–1.27 cm). */
const firstLine = mm(10);

type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'allCaps'>;

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({ text, font, size: size.body, ...style });

/** A body paragraph: justified, first line indented. */
export function bodyParagraph(
  children: IParagraphOptions['children'],
  options: Partial<IParagraphOptions> = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine },
    spacing: { before: spacing.paragraph, after: 0, line: spacing.line },
    children,
    ...options,
  });
}

/** One line of centred text. */
export function centred(
  text: string,
  style: RunStyle = {},
  options: Partial<IParagraphOptions> = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [run(text, style)],
    ...options,
  });
}

/**
 * A short horizontal rule, centred in a box of `within` twips: an empty paragraph whose top
 * border is cut to `length` by equal indents (a drawn line would float and move in other
 * office programs; a border stays where the text is).
 */
export function rule(within: number, length: number, before = 60): Paragraph {
  const indent = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before, after: 0, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font, size: 4 })],
  });
}
