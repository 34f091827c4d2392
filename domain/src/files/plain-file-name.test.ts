import { describe, expect, it } from 'vitest';
import { plainFileName } from './plain-file-name';

describe('plainFileName', () => {
  it('writes Vietnamese words without their marks, joined by hyphens', () => {
    expect(plainFileName('báo cáo 2026-Q3 dự thảo.docx')).toBe('bao-cao-2026-Q3-du-thao.docx');
    expect(plainFileName('lộ trình đêm 2026-12-04 7.gpx')).toBe('lo-trinh-dem-2026-12-04-7.gpx');
    expect(plainFileName('Đơn vị (1) .shp.zip')).toBe('Don-vi-1.shp.zip');
  });

  it('leaves a name that already follows the rule as it is', () => {
    for (const name of ['co-so-kinh-doanh-2026-12-07.shp.zip', 'nhap-12-dong-bi-tu-choi.xlsx']) {
      expect(plainFileName(name)).toBe(name);
    }
  });
});
