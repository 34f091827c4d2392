import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { planChartColors as colors } from '../theme/indicator-colors';
import {
  axisTick,
  chartInteger,
  chartPercent,
  monthAxis,
  monthTitle,
  monthTooltipLabel,
  seriesLine,
} from './chart-text';
import { PlanChart } from './plan-chart';

/**
 * Of the tips received each month, the share handled or transferred by now (target 100 %,
 * dashed); a month without tips has no point rather than a zero.
 */
export function HandledRateChart({ months }: { months: IndicatorCharts['handledRateByMonth'] }) {
  const { t } = useTranslation();
  return (
    <PlanChart
      id="chart-handled"
      caption={t('indicators.charts.handledRate')}
      heightPixels={220}
      table={{
        head: [
          t('indicators.charts.month'),
          t('indicators.charts.received'),
          t('indicators.charts.handledShare'),
          t('indicators.charts.share'),
        ],
        rows: months.map((m) => [
          monthTitle(m.month),
          m.received,
          m.resolved,
          m.share === null ? '—' : chartPercent(m.share),
        ]),
      }}
    >
      <LineChart data={months} margin={{ top: 8, right: 12, bottom: 18, left: 0 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis {...monthAxis(t('indicators.charts.month'))} />
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
          labelFormatter={monthTooltipLabel}
        />
        <Line
          dataKey="share"
          name={t('indicators.charts.handledShare')}
          stroke={colors.handled}
          connectNulls={false}
          {...seriesLine}
        />
      </LineChart>
    </PlanChart>
  );
}
