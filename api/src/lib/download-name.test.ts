import { describe, expect, it } from 'vitest';
import { downloadDisposition } from './download-name';

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
