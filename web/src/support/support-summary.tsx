import { useTranslation } from 'react-i18next';
import type { SupportSummary } from '../api/support-client';
import { formatCalendarDate } from '../i18n/format';
import { formatShare, safeCountText } from './support-text';

/** The year's numbers on top of the page: cases opened, indicator d against its target. */
export function SupportSummaryCards({ summary }: { summary: SupportSummary }) {
  const { t } = useTranslation();
  const { indicator } = summary;
  const met = indicator.share !== null && indicator.share >= indicator.target;
  return (
    <section className="support-summary" aria-labelledby="support-summary-title">
      <h2 id="support-summary-title" className="section-title">
        {t('support.summaryTitle', {
          year: summary.year,
          until: formatCalendarDate(summary.until),
        })}
      </h2>
      <dl className="support-cards">
        <div>
          <dt>{t('support.opened')}</dt>
          <dd data-figure="opened">{safeCountText(summary.byVillage.total)}</dd>
        </div>
        <div>
          <dt>{t('support.eligible')}</dt>
          <dd data-figure="eligible">{safeCountText(indicator.whole)}</dd>
        </div>
        <div>
          <dt>{t('support.reached')}</dt>
          <dd data-figure="reached">{safeCountText(indicator.part)}</dd>
        </div>
        <div className={met ? 'support-card-ok' : 'support-card-warn'}>
          <dt>{t('support.indicator')}</dt>
          <dd data-figure="share">
            {t('support.indicatorValue', {
              share: indicator.share === null ? t('support.noShare') : formatShare(indicator.share),
              target: formatShare(indicator.target),
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
