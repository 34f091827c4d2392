import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { planChartColors as colors } from '../theme/indicator-colors';
import { ChartData } from './chart-data';
import {
  axisTick,
  bottomAxisTitle,
  chartInteger,
  chartPercent,
  monthTick,
  monthTitle,
} from './chart-text';

/**
 * Of the tips received each month, the share handled or transferred by now (target 100 %,
 * dashed); a month without tips has no point rather than a zero.
 */
export function HandledRateChart({ months }: { months: IndicatorCharts['handledRateByMonth'] }) {
  const { t } = useTranslation();
  const data = months.map((m) => ({ ...m, tick: monthTick(m.month) }));
  return (
    <figure className="plan-chart" aria-labelledby="chart-handled">
      <figcaption id="chart-handled">{t('indicators.charts.handledRate')}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 18, left: 0 }}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis
            dataKey="tick"
            tick={axisTick}
            interval={0}
            label={bottomAxisTitle(t('indicators.charts.month'))}
          />
          <YAxis
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tick={axisTick}
            tickFormatter={chartPercent}
            width={52}
          />
          <ReferenceLine y={1} stroke={colors.received} strokeDasharray="4 3" />
          <Tooltip
            separator=": "
            formatter={(value, _name, item) => [
              `${chartPercent(value)} (${chartInteger(item.payload.resolved)}/${chartInteger(item.payload.received)})`,
              t('indicators.charts.handledShare'),
            ]}
            labelFormatter={(_, payload) => monthTitle(payload[0]?.payload?.month ?? '')}
          />
          <Line
            dataKey="share"
            name={t('indicators.charts.handledShare')}
            stroke={colors.handled}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <ChartData
        head={[
          t('indicators.charts.month'),
          t('indicators.charts.received'),
          t('indicators.charts.handledShare'),
          t('indicators.charts.share'),
        ]}
        rows={months.map((m) => [
          monthTitle(m.month),
          m.received,
          m.resolved,
          m.share === null ? '—' : chartPercent(m.share),
        ])}
      />
    </figure>
  );
}
