import { describe, expect, it } from 'vitest';
import { downloadDisposition, plainFileName } from './download-name';

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

describe('downloadDisposition', () => {
  it('names an app-made file the same way twice', () => {
    expect(downloadDisposition('bao-cao-2026-Q3-du-thao.docx')).toBe(
      `attachment; filename="bao-cao-2026-Q3-du-thao.docx"; filename*=UTF-8''bao-cao-2026-Q3-du-thao.docx`,
    );
  });

  it('keeps an uploaded file’s own name, with a plain one for old clients', () => {
    expect(downloadDisposition('Biên bản đêm (1).pdf')).toBe(
      `attachment; filename="Bien-ban-dem-1.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91%C3%AAm%20%281%29.pdf`,
    );
  });
});
