import { useTranslation } from 'react-i18next';
import type { RiskClient } from '../api/risk-client';
import { formatCalendarDate, formatInteger } from '../i18n/format';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { useFetched } from './use-fetched';

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const days = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/**
 * How well the model would have done, shown every time it is used (issue #6 part 6): trained
 * on the data before a date, scored on the season after it.
 */
export function ModelCard({ client }: { client: RiskClient }) {
  const { t } = useTranslation();
  const { data, loading, failed } = useFetched('risk-model', () => client.model());
  const slow = useDelayedFlag(loading, 1000);
  if (failed && !data) return <p className="form-error">{t('risk.model.failed')}</p>;
  if (!data) {
    return slow ? (
      <p className="loading" role="status">
        <span className="spinner spinner-small" aria-hidden="true" /> {t('risk.model.loading')}
      </p>
    ) : null;
  }
  const { cells, round, weights, period } = data;
  return (
    <section className="risk-model" aria-labelledby="risk-model-title">
      <h3 id="risk-model-title">{t('risk.model.title')}</h3>
      <p className="muted">
        {t('risk.model.intro', {
          before: formatCalendarDate(data.before),
          period: period.name,
          from: formatCalendarDate(period.from),
          to: formatCalendarDate(period.to),
        })}
      </p>
      <dl className="risk-model-list">
        <dt>{t('risk.model.weights')}</dt>
        <dd>
          {weights.version} ({t(`risk.model.weightsSource.${weights.source}`)})
        </dd>
        <dt>{t('risk.model.hitRate')}</dt>
        <dd>
          {t('risk.model.hitRateValue', {
            share: percent.format(cells.hitRate),
            events: formatInteger(cells.events),
            top: formatInteger(cells.top),
            count: formatInteger(cells.count),
          })}
        </dd>
        <dt>{t('risk.model.pai')}</dt>
        <dd title={t('risk.model.paiHint')}>
          <strong>{decimal.format(cells.pai)}</strong>{' '}
          <span className="muted">({t('risk.model.paiHint')})</span>
        </dd>
        <dt>{t('risk.model.firstHalf')}</dt>
        <dd>
          {t('risk.model.firstHalfValue', {
            risk: percent.format(round.firstHalfShare.risk),
            historical: percent.format(round.firstHalfShare.historical),
          })}
        </dd>
        <dt>{t('risk.model.daysEarlier')}</dt>
        <dd>
          <strong>
            {t('risk.model.daysEarlierValue', { days: days.format(round.daysEarlier) })}
          </strong>
        </dd>
      </dl>
      <p className="muted">
        {t('risk.model.round', {
          inspections: formatInteger(round.inspections),
          violations: formatInteger(round.violations),
        })}
      </p>
    </section>
  );
}
