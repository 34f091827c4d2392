import { describe, expect, it } from 'vitest';
import { formatUploadMegabytes, formatUploadPercent, uploadShare } from './upload-progress';

describe('upload progress', () => {
  it('says the share sent in whole percent, never rounding up to a finished upload', () => {
    expect(formatUploadPercent({ loadedBytes: 999, totalBytes: 1000 })).toBe('99\u00a0%');
    expect(formatUploadPercent({ loadedBytes: 450, totalBytes: 1000 })).toBe('45\u00a0%');
    expect(formatUploadPercent({ loadedBytes: 1000, totalBytes: 1000 })).toBe('100\u00a0%');
  });

  it('writes megabytes with a decimal comma, sent over total', () => {
    expect(
      formatUploadMegabytes({ loadedBytes: 12.3 * 1_048_576, totalBytes: 27 * 1_048_576 }),
    ).toBe('12,3 / 27,0 MB');
  });

  it('without a known total gives no percentage, only what has gone', () => {
    expect(uploadShare({ loadedBytes: 10, totalBytes: null })).toBeNull();
    expect(formatUploadPercent({ loadedBytes: 10, totalBytes: 0 })).toBeNull();
    expect(formatUploadMegabytes({ loadedBytes: 2 * 1_048_576, totalBytes: null })).toBe('2,0 MB');
  });

  it('never goes past the whole', () => {
    expect(uploadShare({ loadedBytes: 1200, totalBytes: 1000 })).toBe(1);
  });
});
