import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n/i18n';
import { ChartData } from './chart-data';

describe('a chart’s numbers as a table', () => {
  it('folds them under a Vietnamese summary, counts written the vi-VN way', () => {
    const html = renderToStaticMarkup(
      <ChartData head={['Tháng', 'Số lượng']} rows={[['Tháng 3/2026', 1234]]} />,
    );
    expect(html).toContain('<summary>Xem bảng số liệu</summary>');
    expect(html).toContain('<th scope="col">Số lượng</th>');
    expect(html).toContain('<td>Tháng 3/2026</td><td>1.234</td>');
  });
});
