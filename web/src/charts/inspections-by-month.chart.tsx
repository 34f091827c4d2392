import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { planChartColors as colors } from '../theme/indicator-colors';
import { AreaSwatch, FillSwatch, LineSwatch } from '../ui/swatch';
import { ChartData } from './chart-data';
import {
  axisTick,
  bottomAxisTitle,
  chartInteger,
  leftAxisTitle,
  monthTick,
  monthTitle,
} from './chart-text';
import { seasonSpans } from './season-months';

interface Props {
  months: IndicatorCharts['inspectionsByMonth'];
  seasons: IndicatorCharts['seasons'];
}

/**
 * Inspections per month, scheduled and surprise stacked, the ones that found a violation as a
 * line, and the high seasons shaded behind: the plan steps inspections up in those months.
 */
export function InspectionsByMonthChart({ months, seasons }: Props) {
  const { t } = useTranslation();
  // A numeric axis (month k at x = k) so a season can start and end mid-month.
  const data = months.map((m, i) => ({ ...m, x: i + 1 }));
  const spans = seasonSpans(
    seasons,
    months.map((m) => m.month),
  );
  const ticks = data.map((d) => d.x);
  const tickOf = (x: number) => monthTick(months[x - 1]?.month ?? '');
  return (
    <figure className="plan-chart" aria-labelledby="chart-inspections">
      <figcaption id="chart-inspections">{t('indicators.charts.inspections')}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 18, left: 0 }}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          {spans.map((span) => (
            <ReferenceArea
              key={span.x1}
              x1={span.x1}
              x2={span.x2}
              fill={colors.season}
              fillOpacity={colors.seasonOpacity}
              stroke="none"
            />
          ))}
          <XAxis
            dataKey="x"
            type="number"
            domain={[0.5, data.length + 0.5]}
            ticks={ticks}
            tickFormatter={tickOf}
            tick={axisTick}
            interval={0}
            label={bottomAxisTitle(t('indicators.charts.month'))}
          />
          <YAxis
            allowDecimals={false}
            tick={axisTick}
            tickFormatter={chartInteger}
            width={40}
            label={leftAxisTitle(t('indicators.charts.count'))}
          />
          <Tooltip
            separator=": "
            formatter={(value, name) => [chartInteger(value), name]}
            labelFormatter={(_, payload) => monthTitle(payload[0]?.payload?.month ?? '')}
          />
          <Bar
            dataKey="scheduled"
            name={t('indicators.charts.scheduled')}
            stackId="inspections"
            fill={colors.scheduled}
            isAnimationActive={false}
          />
          <Bar
            dataKey="surprise"
            name={t('indicators.charts.surprise')}
            stackId="inspections"
            fill={colors.surprise}
            isAnimationActive={false}
          />
          <Line
            dataKey="violations"
            name={t('indicators.charts.violations')}
            stroke={colors.violations}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        <li>
          <FillSwatch color={colors.scheduled} />
          {t('indicators.charts.scheduled')}
        </li>
        <li>
          <FillSwatch color={colors.surprise} />
          {t('indicators.charts.surprise')}
        </li>
        <li>
          <LineSwatch color={colors.violations} width={2} />
          {t('indicators.charts.violations')}
        </li>
        <li title={spans.flatMap((s) => s.names).join(', ')}>
          <AreaSwatch fill={colors.season} line={colors.season} fillOpacity={0.3} />
          {t('indicators.charts.season')}
        </li>
      </ul>
      <ChartData
        head={[
          t('indicators.charts.month'),
          t('indicators.charts.scheduled'),
          t('indicators.charts.surprise'),
          t('indicators.charts.violations'),
        ]}
        rows={months.map((m) => [monthTitle(m.month), m.scheduled, m.surprise, m.violations])}
      />
    </figure>
  );
}
