import { describe, expect, it } from 'vitest';
import { indicator } from '../indicators/common';
import { cellText } from './cell-text';
import { indicatorValue } from './report-tables';
import { indicatorDSentence } from './support-words';

const d = (fields: Partial<Parameters<typeof indicator>[0]>) =>
  indicator({
    code: 'd',
    name: 'Người bán dâm có nhu cầu, đủ điều kiện được tư vấn, kết nối dịch vụ hỗ trợ',
    kind: 'share',
    value: null,
    target: 0.8,
    status: 'no-data',
    trend: [],
    due: [],
    suppressed: true,
    ...fields,
  });

describe('indicator d in words', () => {
  it('prints the figure the indicator table prints, never "hidden" beside a shown share', () => {
    const shown = d({ value: 32 / 38, numerator: 32, denominator: 38, status: 'met' });
    const sentence = indicatorDSentence(shown, '2026') ?? '';
    expect(cellText(indicatorValue(shown))).toBe('84,2 %');
    expect(sentence).toContain('84,2 % (32/38)');
    expect(sentence).not.toMatch(/ẩn|không công bố|số nhỏ/);
  });

  it('says hidden only where the table hides it, with the same marks', () => {
    const hidden = d({ numerator: '<5', denominator: 'hidden' });
    expect(cellText(indicatorValue(hidden))).toBe('ẩn');
    expect(indicatorDSentence(hidden, '2026')).toContain('được ẩn vì số nhỏ (ẩn (<5/ẩn))');
  });
});
