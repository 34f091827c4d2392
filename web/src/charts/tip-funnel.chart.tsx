import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { planChartColors as colors } from '../theme/indicator-colors';
import { axisTick, chartInteger } from './chart-text';
import { PlanChart } from './plan-chart';

/** How many of the year's tips reached each step (duplicates once), widest first. */
export function TipFunnelChart({ funnel }: { funnel: IndicatorCharts['tipFunnel'] }) {
  const { t } = useTranslation();
  const data = funnel.map((step) => ({
    ...step,
    name: t(`indicators.charts.funnelStages.${step.stage}`),
  }));
  return (
    <PlanChart
      id="chart-funnel"
      caption={t('indicators.charts.funnel')}
      heightPixels={200}
      table={{
        head: [t('indicators.charts.stage'), t('indicators.charts.count')],
        rows: data.map((step) => [step.name, step.count]),
      }}
    >
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 44, bottom: 4, left: 4 }}>
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="name"
          width={118}
          tick={axisTick}
          tickLine={false}
          axisLine={false}
          interval={0}
        />
        <Tooltip
          separator=": "
          cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
          formatter={(value) => [chartInteger(value), t('indicators.charts.count')]}
        />
        <Bar dataKey="count" isAnimationActive={false}>
          {data.map((step, i) => (
            <Cell key={step.stage} fill={colors.funnel[i % colors.funnel.length]} />
          ))}
          <LabelList
            dataKey="count"
            position="right"
            formatter={chartInteger}
            style={{ fontSize: 12, fill: colors.axis }}
          />
        </Bar>
      </BarChart>
    </PlanChart>
  );
}
