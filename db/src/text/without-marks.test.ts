import { describe, expect, it } from 'vitest';
import { withoutMarks } from './without-marks';

describe('withoutMarks', () => {
  it('takes the marks off Vietnamese letters and keeps their case', () => {
    expect(withoutMarks('Đan Giáp, Phù Tải, đường Hồ Chí Minh')).toBe(
      'Dan Giap, Phu Tai, duong Ho Chi Minh',
    );
  });

  it('answers the same for composed and decomposed input', () => {
    expect(withoutMarks('Nghỉ dưỡng'.normalize('NFD'))).toBe(
      withoutMarks('Nghỉ dưỡng'.normalize('NFC')),
    );
  });
});
