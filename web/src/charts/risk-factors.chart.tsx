import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RiskFactor } from '../api/risk-client';
import type { viRisk } from '../i18n/vi-risk';
import { type RiskLevelKey, riskLevelColors } from '../theme/risk-colors';

type FactorKey = keyof typeof viRisk.risk.factors;

const rowHeightPixels = 26;
const points = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

interface RiskFactorsChartProps {
  factors: readonly RiskFactor[];
  /** The subject's level: the bars take its colour from the one ramp, as the map does. */
  level: RiskLevelKey;
}

/**
 * The points each factor adds to a score, largest first, as horizontal bars: short Vietnamese
 * names on the axis (a phone's bottom sheet is narrow), the full name in the tooltip.
 */
export function RiskFactorsChart({ factors, level }: RiskFactorsChartProps) {
  const { t } = useTranslation();
  const rows = factors
    .filter((f) => f.contribution !== 0)
    .map((f) => ({
      key: f.factor,
      short: t(`risk.factorsShort.${f.factor as FactorKey}`, { defaultValue: f.factor }),
      name: t(`risk.factors.${f.factor as FactorKey}`, { defaultValue: f.factor }),
      value: f.contribution,
    }));
  if (rows.length === 0) return null;
  const color = riskLevelColors[level];
  return (
    <figure className="risk-bars" aria-label={t('risk.bars')}>
      <ResponsiveContainer width="100%" height={rows.length * rowHeightPixels + 12}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
          barCategoryGap={4}
        >
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis
            type="category"
            dataKey="short"
            width={96}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={{ fontSize: 12, fill: '#24272d' }}
          />
          <Tooltip
            separator=": "
            cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
            formatter={(value) => [points.format(Number(value)), t('risk.points')]}
            labelFormatter={(_, payload) => payload[0]?.payload?.name ?? ''}
          />
          <Bar dataKey="value" isAnimationActive={false} stroke="#24272d" strokeWidth={0.6}>
            {rows.map((row) => (
              <Cell key={row.key} fill={color} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => points.format(Number(value))}
              style={{ fontSize: 12, fill: '#24272d' }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
