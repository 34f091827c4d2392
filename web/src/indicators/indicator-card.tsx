import type { Indicator } from '@ntm/api/indicators/types';
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
      className="indicator-card"
      data-code={indicator.code}
      data-status={indicator.status}
      aria-current={open ? 'true' : undefined}
      style={{ borderTopColor: indicatorStatusColors[indicator.status].line }}
    >
      <span className="indicator-head">
        <span className="indicator-code" aria-hidden="true">
          {indicator.code}
        </span>
        <span className="visually-hidden">{t('indicators.code', { code: indicator.code })}: </span>
        <span className="indicator-name">{indicator.name}</span>
      </span>
      <span className="indicator-figures">
        <span className="indicator-value">{formatIndicatorValue(t, indicator)}</span>
        {ratio && <span className="indicator-ratio">{ratio}</span>}
      </span>
      <span className="indicator-target">
        {t('indicators.target', { target: formatIndicatorTarget(t, indicator) })}
      </span>
      <StatusBadge status={indicator.status} />
      <TrendSparkline indicator={indicator} />
      {hidden && <span className="indicator-suppressed">{t('indicators.suppressed')}</span>}
      <span className="indicator-due" data-due-count={String(indicator.dueCount)}>
        {indicator.dueCount === 0
          ? t('indicators.drill.none')
          : t('indicators.drill.count', { n: formatSafeCount(t, indicator.dueCount) })}
      </span>
    </Link>
  );
}
