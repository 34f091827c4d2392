import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n/i18n';
import { shownText as text } from '../ui/shown-text';
import { IndicatorCard } from './indicator-card';
import { IndicatorDrilldown } from './indicator-drilldown';
import { supportIndicator, tipsIndicator } from './indicator-fixtures';
import { indicatorPath } from './indicator-query';

describe('an indicator card', () => {
  it('is a link to its drill-down with value, target, status in words and the missing count', () => {
    const html = renderToStaticMarkup(
      <IndicatorCard
        indicator={tipsIndicator}
        to={indicatorPath({ year: 2026, code: 'đ' })}
        open={false}
      />,
    );
    expect(html).toMatch(/^<a href="\/chi-tieu\?nam=2026&amp;chi-tieu=%C4%91"/);
    const words = text(html);
    for (const shown of [
      '93,5\u00a0%',
      '29/31',
      'Mục tiêu: 100\u00a0%',
      'Chậm so với mục tiêu',
      'Còn 2 việc chưa xong',
    ]) {
      expect(words).toContain(shown);
    }
    // The status also has its icon, not colour alone.
    expect(html).toMatch(/class="status-badge" data-status="behind"[^>]*><svg/);
    expect(words).not.toContain('ẩn');
  });

  it('says when numbers are hidden to protect people (indicator d)', () => {
    const words = text(
      renderToStaticMarkup(
        <IndicatorCard indicator={supportIndicator} to="/chi-tieu?nam=2026&chi-tieu=d" open />,
      ),
    );
    expect(words).toContain('Ẩn để bảo vệ người được hỗ trợ');
    expect(words).toContain('<5/ẩn');
    expect(words).toContain('số nhỏ hơn 5 ghi “<5”');
    expect(words).toContain('Còn <5 việc chưa xong');
  });
});

describe('the drill-down', () => {
  it('lists open tips with received date, stage, deadline and an overdue mark, and their count', () => {
    const html = renderToStaticMarkup(
      <IndicatorDrilldown indicator={tipsIndicator} closeTo="/chi-tieu?nam=2026" />,
    );
    const words = text(html);
    for (const shown of [
      'Chỉ tiêu đ: việc còn thiếu',
      'Còn 2 việc chưa xong',
      'Tin báo số 123',
      'Đang xác minh',
      'Ngày tiếp nhận',
      '02/03/2026',
      '22/03/2026',
      'Trong hạn',
    ]) {
      expect(words).toContain(shown);
    }
    expect(html.match(/class="state due-overdue"/g)).toHaveLength(1);
  });

  it('says how many it shows when the API cut the list', () => {
    const words = text(
      renderToStaticMarkup(
        <IndicatorDrilldown indicator={{ ...tipsIndicator, dueCount: 250 }} closeTo="/chi-tieu" />,
      ),
    );
    expect(words).toContain('Còn 250 việc chưa xong (hiện 2 việc đầu tiên)');
  });

  it('says no tip is open when none is', () => {
    const words = text(
      renderToStaticMarkup(
        <IndicatorDrilldown
          indicator={{ ...tipsIndicator, due: [], dueCount: 0, value: 1, status: 'met' }}
          closeTo="/chi-tieu"
        />,
      ),
    );
    expect(words).toContain('Không còn tin báo nào chưa xử lý.');
  });
});
