import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RiskClient, RiskModelCard } from '../api/risk-client';
import { formatCalendarDate, formatInteger } from '../i18n/format';
import { InlineSpinner } from '../ui/load-status';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { modelVerdict } from './model-verdict';
import { useFetched } from './use-fetched';

const percentFormat = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  maximumFractionDigits: 1,
});
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** A measure the period could not give (no events, no violations) reads as a dash. */
const percent = (v: number | null) => (v === null ? '–' : percentFormat.format(v));
const decimal = (v: number | null) => (v === null ? '–' : decimalFormat.format(v));

/**
 * How well the model would have done, shown every time it is used (issue #6 part 6): trained
 * on the data before a date, scored on the season after it, beside a plain baseline.
 */
export function ModelCard({ client }: { client: RiskClient }) {
  const { t } = useTranslation();
  const { data, loading, failed } = useFetched('risk-model', () => client.model());
  const slow = useDelayedFlag(loading, 1000);
  if (failed && !data) return <p className="form-error">{t('risk.model.failed')}</p>;
  if (!data) {
    return slow ? <InlineSpinner text={t('risk.model.loading')} /> : null;
  }
  const { cells, round, period } = data;
  const verdict = verdictOf(cells.hitRate, cells.baseline.hitRate, t);
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
      {verdict && <p className={`risk-model-verdict ${verdict.kind}`}>{verdict.text}</p>}
      <dl className="risk-model-list">
        <dt>{t('risk.model.weights')}</dt>
        <dd>
          <Weights weights={data.weights} />
        </dd>
        <dt>{t('risk.model.hitRate')}</dt>
        <dd>
          <strong>{percent(cells.hitRate)}</strong>{' '}
          {t('risk.model.hitRateValue', {
            events: formatInteger(cells.events),
            top: formatInteger(cells.top),
            count: formatInteger(cells.count),
          })}
        </dd>
        <dd className="muted">
          {t('risk.model.baseline', { hitRate: percent(cells.baseline.hitRate) })}
        </dd>
        <dt>{t('risk.model.firstHalf')}</dt>
        <dd>
          {t('risk.model.firstHalfValue', {
            risk: percent(round.firstHalfShare.risk),
            historical: percent(round.firstHalfShare.historical),
          })}
        </dd>
        <dt>{t('risk.model.daysEarlier')}</dt>
        <dd>
          <strong>
            {round.daysEarlier === null
              ? '–'
              : t('risk.model.daysEarlierValue', { days: decimal(round.daysEarlier) })}
          </strong>
        </dd>
      </dl>
      <p className="muted">
        {t('risk.model.round', {
          inspections: formatInteger(round.inspections),
          violations: formatInteger(round.violations),
        })}
      </p>
      <details className="risk-model-method">
        <summary>{t('risk.model.method')}</summary>
        <p className="muted">
          {t('risk.model.methodText', {
            pai: decimal(cells.pai),
            basePai: decimal(cells.baseline.pai),
          })}
        </p>
      </details>
    </section>
  );
}

/** The verdict against the plain baseline in words, or nothing when a rate is missing. */
function verdictOf(hitRate: number | null, baseline: number | null, t: TFunction) {
  const kind = modelVerdict(hitRate, baseline);
  if (kind === null || hitRate === null || baseline === null) return null;
  const values = { hitRate: percent(hitRate), baseline: percent(baseline) };
  const key = { better: 'better', same: 'noBetter', worse: 'worse' } as const;
  return { kind, text: t(`risk.model.${key[kind]}`, values) };
}

function Weights({ weights }: { weights: RiskModelCard['weights'] }) {
  const { t } = useTranslation();
  const source = t(`risk.model.weightsSource.${weights.source}`);
  if (weights.version === null) return <>{source}</>;
  return (
    <>
      {t('risk.model.weightsVersion', { version: weights.version, source })}
      {weights.trainedBefore &&
        ` · ${t('risk.model.trainedBefore', { date: formatCalendarDate(weights.trainedBefore) })}`}
    </>
  );
}
