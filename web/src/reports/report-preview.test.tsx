import type { ReportData } from '@ntm/domain/reports/report-types';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { supportIndicator, tipsIndicator } from '../indicators/indicator-fixtures';
import { formatIndicatorValue } from '../indicators/indicator-format';
import { ReportPreview } from './report-preview';

const data: ReportData = {
  period: {
    code: '2026-Q3',
    kind: 'quarter',
    from: '2026-07-01',
    to: '2026-09-30',
    label: 'quý III năm 2026',
  },
  commune: { code: '10507', name: 'Nam Thanh Miện', city: 'Hải Phòng' },
  computedAt: '2026-10-01T02:00:00Z',
  indicators: [tipsIndicator, supportIndicator],
  businesses: {
    byType: [{ type: 'karaoke', active: 12, suspended: 1, closed: 2, total: 15 }],
    added: 3,
    reviewed: 14,
  },
  inspections: {
    total: 1234,
    scheduled: 1000,
    surprise: 234,
    withViolation: 56,
    byType: [],
    violationsByKind: [{ kind: 'no-guest-register', count: 7 }],
    measures: [{ measure: 'fine', count: 4 }],
    fines: { count: 4, totalVnd: 12_500_000 },
  },
  tips: {
    received: 31,
    handled: 20,
    transferred: 6,
    unfounded: 3,
    open: 2,
    overdue: 1,
    handledShare: 29 / 31,
    byCategory: [{ category: 'moi-gioi', count: 5 }],
    byChannel: [],
  },
  support: {
    eligible: 43,
    reached: 'hidden',
    share: null,
    opened: '<5',
    byService: [{ service: 'health', connected: '<5' }],
  },
  trainings: { courses: [], officersTrained: 9, officersTotal: 12 },
  communication: { activities: [], reach: 0 },
  onlineViolations: { found: 2, byKind: [], takedownRequested: 2, removed: 1 },
  reporting: {
    agencies: [{ name: 'Công an xã', channel: 'electronic', submittedAt: '2026-10-03' }],
    electronicShare: 1,
  },
};

describe('the report preview', () => {
  const html = renderToStaticMarkup(<ReportPreview data={data} />).replace(/&lt;/g, '<');

  it('shows each indicator exactly as the dashboard does', () => {
    expect(html).toContain(formatIndicatorValue(i18next.t, tipsIndicator));
    expect(html).toContain('93,5\u00a0%');
    expect(html).toContain('Chậm so với mục tiêu');
  });

  it('writes numbers the vi-VN way and codes in words', () => {
    for (const shown of [
      '1.234',
      '4 trường hợp, 12.500.000 đồng',
      'Không có sổ theo dõi khách',
      'Môi giới, dẫn dắt, chứa chấp',
      'Điện tử',
      '03/10/2026',
    ]) {
      expect(html).toContain(shown);
    }
  });

  it('keeps support numbers suppressed as the API gave them', () => {
    const support = html.slice(html.indexOf('V. Tư vấn'), html.indexOf('VI. Tập huấn'));
    expect(support).toContain('<dd>43</dd>');
    expect(support).toContain('<dd>ẩn</dd>');
    expect(support).toContain('<dd><5</dd>');
    expect(support).not.toMatch(/>[1-4]</);
  });

  it('says an empty table is empty instead of drawing it', () => {
    expect(html).toContain('Không có trong kỳ.');
  });
});
