import { describe, expect, it } from 'vitest';
import { textWidthTwips } from './text-width';

describe('the width of a line of Times New Roman', () => {
  it('measures the motto at 14 pt bold as about 6 cm', () => {
    const twips = textWidthTwips('Độc lập - Tự do - Hạnh phúc', 28, true);
    // 1 cm = 567 twips; the PDF LibreOffice makes of it measures 6.0 cm.
    expect(twips / 567).toBeGreaterThan(5.9);
    expect(twips / 567).toBeLessThan(6.2);
  });

  it('gives a Vietnamese letter the width of its base letter, bold wider than regular', () => {
    expect(textWidthTwips('ĐỘC LẬP', 26)).toBe(textWidthTwips('DOC LAP', 26));
    expect(textWidthTwips('ư', 26)).toBe(textWidthTwips('u', 26));
    expect(textWidthTwips('TRẠM Y TẾ', 26, true)).toBeGreaterThan(textWidthTwips('TRẠM Y TẾ', 26));
    expect(Math.abs(textWidthTwips('abc', 28) - 2 * textWidthTwips('abc', 14))).toBeLessThanOrEqual(
      1,
    );
  });
});
