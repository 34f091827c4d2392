import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { draftReport, quarterData, sentReport } from '../fixtures/quarter-2026-q1';
import { reportMeta } from '../report-meta';
import type { PeriodicReport } from '../report-types';
import { paragraphTexts } from './paragraph-texts';
import { renderDocx } from './report-docx';

const renderedAt = new Date('2026-04-06T02:00:00Z');

async function unpack(report: PeriodicReport | null) {
  const narrative = report?.narrative ?? { summary: '', difficulties: '', proposals: '' };
  const buffer = await renderDocx(quarterData, reportMeta(report, narrative, renderedAt));
  const files = unzipSync(new Uint8Array(buffer));
  const part = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`${name} is missing from the package`);
    return strFromU8(bytes);
  };
  const headers = Object.keys(files)
    .filter((n) => /^word\/header\d+\.xml$/.test(n))
    .map(part);
  return {
    files,
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    headers,
    part,
  };
}

const twipsToMm = (twips: number) => (twips * 25.4) / 1440;

describe('the periodic report as a Word document (Decree 30/2020)', () => {
  it('is A4 portrait with the margins the decree allows', async () => {
    const { document } = await unpack(draftReport);
    const size = /<w:pgSz ([^>]*)\/>/.exec(document)?.[1] ?? '';
    expect(size).toContain('w:w="11906"');
    expect(size).toContain('w:h="16838"');
    expect(size).not.toContain('landscape');
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? '';
    const side = (name: string) =>
      twipsToMm(Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]));
    expect(side('top')).toBeGreaterThanOrEqual(20);
    expect(side('top')).toBeLessThanOrEqual(25);
    expect(side('bottom')).toBeGreaterThanOrEqual(20);
    expect(side('bottom')).toBeLessThanOrEqual(25);
    expect(side('left')).toBeGreaterThanOrEqual(30);
    expect(side('left')).toBeLessThanOrEqual(35);
    expect(side('right')).toBeGreaterThanOrEqual(15);
    expect(side('right')).toBeLessThanOrEqual(20);
  });

  it('sets every run and the defaults in Times New Roman, body text 14 pt justified with a first-line indent', async () => {
    const { document, styles } = await unpack(draftReport);
    const fonts = [...document.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1] ?? '');
    expect(fonts.length).toBeGreaterThan(100);
    for (const f of fonts) expect(f).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:docDefaults>.*Times New Roman.*<\/w:docDefaults>/s);
    expect(document).toContain('<w:jc w:val="both"/>');
    expect(document).toMatch(/w:firstLine="567"/);
    expect(document).toContain('<w:sz w:val="28"/>');
    // Tables at 13 pt.
    expect(document).toContain('<w:sz w:val="26"/>');
  });

  it('has the heading: issuing bodies, number, national title, motto, place and date, BÁO CÁO and its summary line', async () => {
    const { document } = await unpack(sentReport);
    const text = paragraphTexts(document);
    const at = (s: string) => text.indexOf(s);
    expect(at('UBND XÃ NAM THANH MIỆN')).toBeGreaterThanOrEqual(0);
    expect(at('TRẠM Y TẾ')).toBeGreaterThan(at('UBND XÃ NAM THANH MIỆN'));
    expect(at('Số: 12/BC-TYT')).toBeGreaterThan(at('TRẠM Y TẾ'));
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeGreaterThan(0);
    expect(at('Độc lập - Tự do - Hạnh phúc')).toBe(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + 1);
    // Sent 2026-04-05 08:30 UTC = 15:30 in Vietnam: 5 April, written "05" and "4".
    expect(at('Nam Thanh Miện, ngày 05 tháng 4 năm 2026')).toBeGreaterThan(0);
    expect(at('BÁO CÁO')).toBeGreaterThan(at('Nam Thanh Miện, ngày 05 tháng 4 năm 2026'));
    expect(text[at('BÁO CÁO') + 1]).toBe(
      'Kết quả thực hiện công tác phòng, chống mại dâm quý I năm 2026',
    );
    for (const part of [
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]) {
      expect(at(part)).toBeGreaterThan(at('BÁO CÁO'));
    }
  });

  it('leaves the number blank for the office while the report has none', async () => {
    const { document } = await unpack(draftReport);
    expect(paragraphTexts(document)).toContain('Số:      /BC-TYT');
  });

  it('ends with the recipients and the signature block, signed by whoever approved it', async () => {
    const { document } = await unpack(sentReport);
    const text = paragraphTexts(document);
    const at = (s: string) => text.indexOf(s);
    expect(at('Nơi nhận:')).toBeGreaterThan(at('IV. ĐỀ XUẤT, KIẾN NGHỊ'));
    expect(text.slice(at('Nơi nhận:') + 1, at('Nơi nhận:') + 4)).toEqual([
      '- Sở Y tế thành phố Hải Phòng;',
      '- UBND xã (qua Phòng VH-XH);',
      '- Lưu: VT, TYT.',
    ]);
    expect(at('TRƯỞNG TRẠM')).toBeGreaterThan(at('Nơi nhận:'));
    expect(text[at('TRƯỞNG TRẠM') + 1]).toBe('Trần Văn Minh');
    // An account whose display name carries the post: the name alone under the post.
    const titled = await unpack({ ...sentReport, approvedBy: 'Trần Văn Minh – Trạm trưởng' });
    const titledText = paragraphTexts(titled.document);
    expect(titledText[titledText.indexOf('TRƯỞNG TRẠM') + 1]).toBe('Trần Văn Minh');
  });

  it('marks a report that is not yet approved as DỰ THẢO, and a sent one not', async () => {
    const draft = await unpack(draftReport);
    expect(draft.headers.join('')).toContain('DỰ THẢO');
    const live = await unpack(null);
    expect(live.headers.join('')).toContain('DỰ THẢO');
    const reviewed = await unpack({ ...draftReport, state: 'reviewed' });
    expect(reviewed.headers.join('')).toContain('DỰ THẢO');
    const sent = await unpack(sentReport);
    expect(sent.headers.join('') + sent.document).not.toContain('DỰ THẢO');
    // The signer's name waits for the approval.
    expect(paragraphTexts(draft.document)).not.toContain('Trần Văn Minh');
  });

  it('numbers the pages in the header from page 2 on', async () => {
    const { document, headers } = await unpack(sentReport);
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('writes the numbers in vi-VN form and the support counts suppressed, with the footnote saying why', async () => {
    const { document, part } = await unpack(sentReport);
    const text = paragraphTexts(document).join('\n');
    // Indicator b: 187 of 200, 93,5 %; communication reach 1.944; the fines.
    expect(text).toContain('93,5 %');
    expect(text).toContain('1.944');
    expect(text).toContain('1.450');
    expect(text).toContain('12.500.000 đồng');
    expect(text).toContain('88,5 %');
    // Support: 12 eligible, reached hidden, 'opened' below 5.
    expect(text).toContain(
      'Trong kỳ: 12 người có nhu cầu và đủ điều kiện hỗ trợ; số được tư vấn, kết nối dịch vụ trong kỳ được ghi “ẩn” vì số nhỏ; <5 hồ sơ hỗ trợ mở mới.',
    );
    expect(document).toContain('<w:footnoteReference w:id="1"/>');
    expect(part('word/footnotes.xml')).toContain('để bảo vệ'.replace('đ', 'Đ'));
    // Every business type's total, and the grand total.
    for (const row of quarterData.businesses.byType) expect(text).toContain(String(row.total));
    expect(text).toContain('Tổng cộng');
    expect(text).toContain('200');
  });

  it('writes the free text of the record, one paragraph per line', async () => {
    const { document } = await unpack(sentReport);
    const text = paragraphTexts(document);
    for (const line of sentReport.narrative.summary.split('\n')) expect(text).toContain(line);
    expect(text).toContain(sentReport.narrative.difficulties);
    expect(text).toContain(sentReport.narrative.proposals);
  });
});
