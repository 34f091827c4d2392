import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { planChartColors as colors } from '../theme/indicator-colors';
import { AreaSwatch, FillSwatch, LineSwatch } from '../ui/swatch';
import { ChartLegend } from './chart-legend';
import {
  axisTick,
  chartInteger,
  leftAxisTitle,
  monthAxis,
  monthTick,
  monthTitle,
  monthTooltipLabel,
  seriesLine,
} from './chart-text';
import { PlanChart } from './plan-chart';
import { seasonSpans } from './season-months';

/** Scheduled and surprise inspections, stacked in one bar a month. */
const stacked = ['scheduled', 'surprise'] as const;

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
    <PlanChart
      id="chart-inspections"
      caption={t('indicators.charts.inspections')}
      heightPixels={240}
      legend={
        <ChartLegend
          items={[
            ...stacked.map((kind) => ({
              swatch: <FillSwatch color={colors[kind]} />,
              label: t(`indicators.charts.${kind}`),
            })),
            {
              swatch: <LineSwatch color={colors.violations} width={2} />,
              label: t('indicators.charts.violations'),
            },
            {
              swatch: <AreaSwatch fill={colors.season} line={colors.season} fillOpacity={0.3} />,
              label: t('indicators.charts.season'),
              title: spans.flatMap((s) => s.names).join(', '),
            },
          ]}
        />
      }
      table={{
        head: [
          t('indicators.charts.month'),
          ...stacked.map((kind) => t(`indicators.charts.${kind}`)),
          t('indicators.charts.violations'),
        ],
        rows: months.map((m) => [monthTitle(m.month), m.scheduled, m.surprise, m.violations]),
      }}
    >
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
          {...monthAxis(t('indicators.charts.month'))}
          dataKey="x"
          type="number"
          domain={[0.5, data.length + 0.5]}
          ticks={ticks}
          tickFormatter={tickOf}
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
          labelFormatter={monthTooltipLabel}
        />
        {stacked.map((kind) => (
          <Bar
            key={kind}
            dataKey={kind}
            name={t(`indicators.charts.${kind}`)}
            stackId="inspections"
            fill={colors[kind]}
            isAnimationActive={false}
          />
        ))}
        <Line
          dataKey="violations"
          name={t('indicators.charts.violations')}
          stroke={colors.violations}
          {...seriesLine}
        />
      </ComposedChart>
    </PlanChart>
  );
}
