import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../ui/column-heads';
import { chartInteger } from './chart-text';

interface ChartDataProps {
  head: string[];
  rows: (string | number)[][];
}

/**
 * A chart's numbers as a table, folded under it: for a screen reader, for anyone who cannot tell
 * the colours apart, and for copying a figure into a document.
 */
export function ChartData({ head, rows }: ChartDataProps) {
  const { t } = useTranslation();
  return (
    <details className="chart-data">
      <summary>{t('indicators.charts.showData')}</summary>
      <table className="data-table">
        <ColumnHeads columns={head} />
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, i) => (
                <td key={head[i]}>{typeof cell === 'number' ? chartInteger(cell) : cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
