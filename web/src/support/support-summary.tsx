import { useTranslation } from 'react-i18next';
import type { SupportCase, SupportSummary } from '../api/support-client';
import { formatCalendarDate } from '../i18n/format';
import { formatShare, safeCountText } from './support-text';
import { yearBreakdown } from './year-breakdown';

/**
 * The year's numbers on top of the page: cases opened, indicator d against its target, each
 * saying what it counts. The cases in need and qualifying are those open at some time in the
 * year, so they include cases opened in earlier years: their split comes from the station's own
 * case list, and is shown only where it adds up to the summary's count.
 */
export function SupportSummaryCards({
  summary,
  cases,
}: {
  summary: SupportSummary;
  cases: readonly SupportCase[];
}) {
  const { t } = useTranslation();
  const { indicator } = summary;
  const split = yearBreakdown(cases, summary.from, summary.until);
  const adds = split.eligible === indicator.whole && split.openedInYear === summary.byVillage.total;
  const from = formatCalendarDate(summary.from);
  const until = formatCalendarDate(summary.until);
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
          <dd className="support-card-what">{t('support.openedWhat', { from, until })}</dd>
        </div>
        <div>
          <dt>{t('support.eligible')}</dt>
          <dd data-figure="eligible">{safeCountText(indicator.whole)}</dd>
          <dd className="support-card-what">
            {adds
              ? t('support.eligibleSplit', {
                  opened: split.eligibleOpenedInYear,
                  carried: split.eligibleCarriedOver,
                })
              : t('support.eligibleWhat')}
          </dd>
        </div>
        <div>
          <dt>{t('support.reached')}</dt>
          <dd data-figure="reached">{safeCountText(indicator.part)}</dd>
          <dd className="support-card-what">{t('support.reachedWhat', { until })}</dd>
        </div>
        <div className={met ? 'support-card-ok' : 'support-card-warn'}>
          <dt>{t('support.indicator')}</dt>
          <dd data-figure="share">
            {t('support.indicatorValue', {
              share: indicator.share === null ? t('support.noShare') : formatShare(indicator.share),
              target: formatShare(indicator.target),
            })}
          </dd>
          <dd className="support-card-what">{t('support.indicatorWhat')}</dd>
        </div>
      </dl>
    </section>
  );
}
