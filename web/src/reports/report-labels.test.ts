import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { labelOf } from './report-labels';

describe('report labels', () => {
  it('says codes in Vietnamese from the app’s catalogues', () => {
    const t = i18next.t;
    expect(labelOf(t, 'businessType', 'karaoke')).toBe('Karaoke');
    expect(labelOf(t, 'tipCategory', 'moi-gioi')).toBe('Môi giới, dẫn dắt, chứa chấp');
    expect(labelOf(t, 'measure', 'fine')).toBe('Xử phạt vi phạm hành chính (phạt tiền)');
    expect(labelOf(t, 'supportService', 'legal-aid')).toBe('Trợ giúp pháp lý');
  });

  it('keeps an unknown code (an old record’s free text) as it is', () => {
    expect(labelOf(i18next.t, 'violation', 'Không có sổ khách (ghi tay)')).toBe(
      'Không có sổ khách (ghi tay)',
    );
  });
});
