import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n/i18n';
import { IndicatorCard } from './indicator-card';
import { IndicatorDrilldown } from './indicator-drilldown';
import { supportIndicator, tipsIndicator } from './indicator-fixtures';
import { indicatorPath } from './indicator-query';

/** The words a reader gets: tags out, entities back, runs of blanks (not no-break spaces) as one. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \n\t]+/g, ' ');

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
    expect(words).toContain('93,5\u00a0%');
    expect(words).toContain('29/31');
    expect(words).toContain('Mục tiêu: 100\u00a0%');
    expect(words).toContain('Chậm so với mục tiêu');
    expect(words).toContain('Còn 2 việc chưa xong');
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
    expect(words).toContain('Chỉ tiêu đ: việc còn thiếu');
    expect(words).toContain('Còn 2 việc chưa xong');
    expect(words).toContain('Tin báo số 123');
    expect(words).toContain('Đang xác minh');
    expect(words).toContain('Ngày tiếp nhận');
    expect(words).toContain('02/03/2026');
    expect(words).toContain('22/03/2026');
    expect(html.match(/class="state due-overdue"/g)).toHaveLength(1);
    expect(words).toContain('Trong hạn');
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
