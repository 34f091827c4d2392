import type { PreviewRow } from '@ntm/api/imports/contract';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n/i18n';
import { verdictColors } from '../theme/import-colors';
import { shownText as text } from '../ui/shown-text';
import { MappingTable } from './mapping-table';
import { PreviewTable } from './preview-table';
import { VerdictChips } from './verdict-chips';

const row = (over: Partial<PreviewRow>): PreviewRow => ({
  rowNumber: 2,
  verdict: 'new',
  problems: [],
  name: 'Karaoke Ánh Dương',
  matchedId: null,
  changed: [],
  position: [106.24, 20.72],
  fields: {},
  ...over,
});

describe('the preview table', () => {
  it('says each verdict in words, with its colour and an icon, and the reasons in Vietnamese', () => {
    const html = renderToStaticMarkup(
      <PreviewTable
        rows={[
          row({ rowNumber: 14, verdict: 'update', changed: ['owner', 'phone', 'geometry'] }),
          row({
            rowNumber: 15,
            verdict: 'refused',
            name: null,
            position: null,
            problems: [{ code: 'missing-name', message: 'Thiếu tên cơ sở' }],
          }),
        ]}
        selected={14}
        onSelect={() => {}}
      />,
    );
    const words = text(html);
    for (const shown of [
      '14 ✎ Cập nhật',
      'Chủ cơ sở, Số điện thoại, Ranh giới, vị trí',
      '15 ✕ Bị từ chối — (chưa có vị trí)',
      'Thiếu tên cơ sở',
    ]) {
      expect(words).toContain(shown);
    }
    expect(html).toContain(`color:${verdictColors.refused}`);
    expect(html).toContain('class="is-selected"');
    // Only a row with a position is a button that flies the map there.
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Karaoke Ánh Dương. Xem dòng 14 trên bản đồ"');
  });

  it('says so when a filter leaves no rows', () => {
    expect(
      text(renderToStaticMarkup(<PreviewTable rows={[]} selected={null} onSelect={() => {}} />)),
    ).toContain('Không có dòng nào.');
  });
});

describe('the verdict chips', () => {
  it('count every verdict, say how many new rows lack a position, and mark the one chosen', () => {
    const html = renderToStaticMarkup(
      <VerdictChips
        counts={{ new: 288, update: 0, unchanged: 0, refused: 12, unplaced: 3 }}
        value="refused"
        onChange={() => {}}
      />,
    );
    const words = text(html);
    for (const shown of ['Tất cả 300', 'Mới 288 (3 chưa có vị trí)', 'Bị từ chối 12']) {
      expect(words).toContain(shown);
    }
    expect(html).toMatch(/aria-pressed="true"[^>]*data-verdict="refused"/);
  });
});

describe('the mapping table', () => {
  it('offers every column and "— không nhập —" per field, and marks a change from the suggestion', () => {
    const html = renderToStaticMarkup(
      <MappingTable
        kind="registry"
        columns={['STT', 'Tên cơ sở', 'Mã QL']}
        mapping={{ name: 'Tên cơ sở', licenceNumber: 'Mã QL' }}
        suggested={{ name: 'Tên cơ sở' }}
        busy={false}
        onChange={() => {}}
      />,
    );
    const words = text(html);
    expect(words).toContain('Tên cơ sở ←');
    expect(words).toContain('đã sửa (gợi ý: — không nhập —)');
    expect(words).toContain('Các cột chưa dùng: STT');
    expect(html.match(/<option value=""[^>]*>— không nhập —<\/option>/g)?.length).toBe(14);
  });
});
