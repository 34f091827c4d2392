import { describe, expect, it } from 'vitest';
import { attachmentName } from './download-export';

describe('the downloaded file’s name', () => {
  it('is the one the server gives', () => {
    expect(attachmentName('attachment; filename="co-so-kinh-doanh-2026-12-07.shp.zip"')).toBe(
      'co-so-kinh-doanh-2026-12-07.shp.zip',
    );
  });

  it('is null without a header or a name', () => {
    expect(attachmentName(null)).toBeNull();
    expect(attachmentName('attachment')).toBeNull();
  });
});
