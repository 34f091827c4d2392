import type { Indicator } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { indicatorStatusColors } from '../theme/indicator-colors';
import {
  formatIndicatorTarget,
  formatIndicatorValue,
  formatRatio,
  formatSafeCount,
  hasHiddenCounts,
} from './indicator-format';
import { StatusBadge } from './status-badge';
import { TrendSparkline } from './trend-sparkline';

interface IndicatorCardProps {
  indicator: Indicator;
  /** Where the card leads: the dashboard with this indicator's drill-down open. */
  to: string;
  open: boolean;
}

/**
 * One indicator: code, the plan's short name, value, target, status (colour, word and icon),
 * the year's trend, and how many things are still missing. The whole card is a link to its
 * drill-down, so a click, a tap or Enter opens it and the address can be shared.
 */
export function IndicatorCard({ indicator, to, open }: IndicatorCardProps) {
  const { t } = useTranslation();
  const ratio = formatRatio(t, indicator);
  const hidden = hasHiddenCounts(indicator);
  return (
    <Link
      to={to}
      className="kpi-card"
      data-code={indicator.code}
      data-status={indicator.status}
      aria-current={open ? 'true' : undefined}
      style={{ borderTopColor: indicatorStatusColors[indicator.status].line }}
    >
      <span className="kpi-head">
        <span className="kpi-code" aria-hidden="true">
          {indicator.code}
        </span>
        <span className="visually-hidden">{t('indicators.code', { code: indicator.code })}: </span>
        <span className="kpi-name">{indicator.name}</span>
      </span>
      <span className="kpi-figures">
        <span
          className="kpi-value"
          data-words={indicator.value === null || indicator.kind === 'done' || undefined}
        >
          {formatIndicatorValue(t, indicator)}
        </span>
        {ratio && <span className="kpi-ratio">{ratio}</span>}
      </span>
      <span className="kpi-target">
        {t('indicators.target', { target: formatIndicatorTarget(t, indicator) })}
      </span>
      <StatusBadge status={indicator.status} />
      <TrendSparkline indicator={indicator} />
      {hidden && <span className="kpi-suppressed">{t('indicators.suppressed')}</span>}
      <span className="kpi-due" data-due-count={String(indicator.dueCount)}>
        {indicator.dueCount === 0
          ? t('indicators.drill.none')
          : t('indicators.drill.count', { n: formatSafeCount(t, indicator.dueCount) })}
      </span>
    </Link>
  );
}
