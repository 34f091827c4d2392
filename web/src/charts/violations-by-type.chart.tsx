import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { BusinessType } from '../api/geo-types';
import { planChartColors as colors } from '../theme/indicator-colors';
import { FillSwatch } from '../ui/swatch';
import { ChartLegend } from './chart-legend';
import { axisTick, chartInteger } from './chart-text';
import { PlanChart } from './plan-chart';

/** Each type's bars: all its inspections, and those that found a violation. */
const series = [
  { key: 'inspections', label: 'indicators.charts.inspected', color: 'scheduled' },
  { key: 'violations', label: 'indicators.charts.violationsShort', color: 'violations' },
] as const;

/** Short names for the axis (a phone is narrow); the full ones are in the tooltip. */
const shortType: Record<BusinessType, string> = {
  lodging: 'Lưu trú',
  karaoke: 'Karaoke',
  massage: 'Massage',
  'short-term-rental': 'Cho thuê',
  'bar-cafe': 'Bar, cà phê',
  other: 'Khác',
};

/**
 * Inspections and the ones that found a violation, per business type, as horizontal bars: the
 * type names stay readable on a 360 px phone, where six upright labels would run together.
 */
export function ViolationsByTypeChart({ rows }: { rows: IndicatorCharts['violationsByType'] }) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    ...row,
    short: shortType[row.type as BusinessType] ?? row.type,
    name: t(`businessType.${row.type as BusinessType}`, { defaultValue: row.type }),
  }));
  return (
    <PlanChart
      id="chart-by-type"
      caption={t('indicators.charts.byType')}
      heightPixels={data.length * 40 + 36}
      legend={
        <ChartLegend
          items={series.map((bar) => ({
            swatch: <FillSwatch color={colors[bar.color]} />,
            label: t(bar.label),
          }))}
        />
      }
      table={{
        head: [t('indicators.charts.type'), ...series.map((bar) => t(bar.label))],
        rows: data.map((row) => [row.name, row.inspections, row.violations]),
      }}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        barGap={1}
        barCategoryGap={6}
      >
        <CartesianGrid stroke={colors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} tickFormatter={chartInteger} />
        <YAxis
          type="category"
          dataKey="short"
          tick={axisTick}
          interval={0}
          width={84}
          tickLine={false}
        />
        <Tooltip
          separator=": "
          cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
          formatter={(value, name) => [chartInteger(value), name]}
          labelFormatter={(_, payload) => payload[0]?.payload?.name ?? ''}
        />
        {series.map((bar) => (
          <Bar
            key={bar.key}
            dataKey={bar.key}
            name={t(bar.label)}
            fill={colors[bar.color]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </PlanChart>
  );
}
