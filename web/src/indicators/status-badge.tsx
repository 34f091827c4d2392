import type { IndicatorStatus } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { indicatorStatusColors } from '../theme/indicator-colors';

/**
 * A shape per status, so it reads without colour too: a tick in a circle (met), an arrow
 * (on track), an exclamation in a triangle (behind), a dash in a hollow circle (no data).
 */
const icons: Record<IndicatorStatus, string> = {
  met: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3.4 4.6-4 4.8a.9.9 0 0 1-1.3.1L4.3 8.8l1.2-1.3 1.1 1 3.4-4Z',
  'on-track': 'M2 8.9h8.3l-3 3 1.3 1.3L13.8 8 8.6 2.8 7.3 4.1l3 3H2Z',
  behind: 'M8 1 .6 14h14.8L8 1Zm-.9 4.5h1.8v4.6H7.1Zm0 5.8h1.8v1.7H7.1Z',
  'no-data':
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.7a5.3 5.3 0 1 1 0 10.6A5.3 5.3 0 0 1 8 2.7ZM4.8 7.2h6.4v1.6H4.8Z',
};

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  const colors = indicatorStatusColors[status];
  return (
    <span
      className="status-badge"
      data-status={status}
      style={{ background: colors.tint, color: colors.ink, borderColor: colors.line }}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={icons[status]} fill="currentColor" fillRule="evenodd" />
      </svg>
      {t(`indicators.status.${status}`)}
    </span>
  );
}
