import type { Indicator } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { Line, LineChart, ReferenceLine, ResponsiveContainer, YAxis } from 'recharts';
import { indicatorStatusColors } from '../theme/indicator-colors';
import { formatIndicatorNumber, monthNumber } from './indicator-format';

const heightPixels = 44;

/**
 * The indicator month by month since 1 January, as a small line with the target dashed; the
 * months are also said in words for a screen reader (the picture is hidden from it).
 */
export function TrendSparkline({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const points = indicator.trend;
  if (points.every((p) => p.value === null)) return null;
  const top = Math.max(indicator.target, ...points.map((p) => p.value ?? 0));
  const spoken = points
    .filter((p) => p.value !== null)
    .map((p) =>
      t('indicators.trendPoint', {
        month: monthNumber(p.month),
        value: formatIndicatorNumber(t, indicator, p.value as number),
      }),
    )
    .join('; ');
  const color = indicatorStatusColors[indicator.status].line;
  return (
    <span className="kpi-trend">
      <span className="visually-hidden">{t('indicators.trendLabel', { points: spoken })}</span>
      <span className="kpi-trend-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={heightPixels}>
          <LineChart data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
            <YAxis hide domain={[0, top > 0 ? top : 1]} />
            <ReferenceLine y={indicator.target} stroke="#8a8f98" strokeDasharray="3 3" />
            <Line
              dataKey="value"
              stroke={color}
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </span>
    </span>
  );
}
