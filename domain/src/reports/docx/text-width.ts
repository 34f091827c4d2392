// How wide a line of Times New Roman is, for the rules the decree draws under the issuing body,
// the motto and the title ("độ dài bằng độ dài của dòng chữ"). Advance widths of the printable
// ASCII characters in 1/1000 em, the same in Times New Roman and its metric twin Liberation
// Serif; a Vietnamese letter is as wide as its base letter (the marks sit above or below it).
import { withoutMarks } from '@ntm/db/text/without-marks';

const regular = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const bold = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** The width in twips of `text` set in Times New Roman at `halfPoints` size. */
export function textWidthTwips(text: string, halfPoints: number, isBold = false): number {
  const table = isBold ? bold : regular;
  let em = 0;
  for (const ch of withoutMarks(text)) {
    const code = ch.codePointAt(0) ?? 32;
    em += table[code - 32] ?? 500;
  }
  // em/1000 × size in points × 20 twips per point; halfPoints / 2 = points.
  return Math.round((em / 1000) * (halfPoints / 2) * 20);
}
