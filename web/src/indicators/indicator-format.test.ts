import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import {
  communicationIndicator,
  planIndicator,
  supportIndicator,
  tipsIndicator,
} from './indicator-fixtures';
import {
  formatIndicatorTarget,
  formatIndicatorValue,
  formatRatio,
  formatShare,
  hasHiddenCounts,
} from './indicator-format';

const t = i18next.t;
const nbsp = '\u00a0';

describe('how the plan’s numbers read', () => {
  it('writes shares with a decimal comma and a space before the per cent sign', () => {
    expect(formatShare(0.935)).toBe(`93,5${nbsp}%`);
    expect(formatShare(1)).toBe(`100${nbsp}%`);
    expect(formatShare(0.8)).toBe(`80${nbsp}%`);
    expect(formatShare(2 / 3)).toBe(`66,7${nbsp}%`);
  });

  it('gives each kind its words: a share, a count of activities, issued or not', () => {
    expect(formatIndicatorValue(t, tipsIndicator)).toBe(`93,5${nbsp}%`);
    expect(formatIndicatorValue(t, communicationIndicator)).toBe('3 hoạt động');
    expect(formatIndicatorValue(t, planIndicator)).toBe('Đã ban hành');
    expect(formatIndicatorValue(t, { ...planIndicator, value: 0 })).toBe('Chưa ban hành');
  });

  it('says targets as the plan does', () => {
    expect(formatIndicatorTarget(t, tipsIndicator)).toBe(`100${nbsp}%`);
    expect(formatIndicatorTarget(t, supportIndicator)).toBe(`≥ 80${nbsp}%`);
    expect(formatIndicatorTarget(t, communicationIndicator)).toBe('≥ 1 hoạt động');
    expect(formatIndicatorTarget(t, planIndicator)).toBe('Ban hành kế hoạch');
  });

  it('shows suppressed support counts as “<5” and “ẩn”, never the number, and says it hid them', () => {
    expect(formatIndicatorValue(t, supportIndicator)).toBe('Ẩn để bảo vệ người được hỗ trợ');
    expect(formatRatio(t, supportIndicator)).toBe('<5/ẩn');
    expect(hasHiddenCounts(supportIndicator)).toBe(true);
    expect(formatRatio(t, tipsIndicator)).toBe('29/31');
    expect(hasHiddenCounts(tipsIndicator)).toBe(false);
  });

  it('leaves out a ratio with nothing under it', () => {
    expect(formatRatio(t, { ...tipsIndicator, numerator: 0, denominator: 0 })).toBeNull();
  });

  it('says there is nothing to measure rather than 0 %', () => {
    expect(formatIndicatorValue(t, { ...tipsIndicator, value: null, status: 'no-data' })).toBe(
      'Chưa có số liệu',
    );
  });
});
