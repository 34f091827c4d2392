import type { IndicatorCharts } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BusinessType } from '../api/geo-types';
import { planChartColors as colors } from '../theme/indicator-colors';
import { FillSwatch } from '../ui/swatch';
import { ChartData } from './chart-data';
import { axisTick, chartInteger } from './chart-text';

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
    <figure className="plan-chart" aria-labelledby="chart-by-type">
      <figcaption id="chart-by-type">{t('indicators.charts.byType')}</figcaption>
      <ResponsiveContainer width="100%" height={data.length * 40 + 36}>
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
          <Bar
            dataKey="inspections"
            name={t('indicators.charts.inspected')}
            fill={colors.scheduled}
            isAnimationActive={false}
          />
          <Bar
            dataKey="violations"
            name={t('indicators.charts.violationsShort')}
            fill={colors.violations}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        <li>
          <FillSwatch color={colors.scheduled} />
          {t('indicators.charts.inspected')}
        </li>
        <li>
          <FillSwatch color={colors.violations} />
          {t('indicators.charts.violationsShort')}
        </li>
      </ul>
      <ChartData
        head={[
          t('indicators.charts.type'),
          t('indicators.charts.inspected'),
          t('indicators.charts.violationsShort'),
        ]}
        rows={data.map((row) => [row.name, row.inspections, row.violations])}
      />
    </figure>
  );
}
