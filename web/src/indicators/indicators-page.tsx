import './indicators.css';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { IndicatorCharts, IndicatorsResponse } from '@ntm/domain/indicators/types';
import { useTranslation } from 'react-i18next';
import { planClient } from '../api/plan-client';
import { useLoad } from '../api/use-load';
import { HandledRateChart } from '../charts/handled-rate.chart';
import { InspectionsByMonthChart } from '../charts/inspections-by-month.chart';
import { TipFunnelChart } from '../charts/tip-funnel.chart';
import { ViolationsByTypeChart } from '../charts/violations-by-type.chart';
import { formatCalendarDate } from '../i18n/format';
import { yearOf } from '../risk/calendar-days';
import { navigate } from '../router/use-location';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { LoadError, Spinner } from '../ui/load-status';
import { PageHeading } from '../ui/page-heading';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { IndicatorCard } from './indicator-card';
import { IndicatorDrilldown } from './indicator-drilldown';
import { firstPlanYear, indicatorPath, readIndicatorQuery } from './indicator-query';

/**
 * The plan's seven indicators for a year (/chi-tieu): a card each, the drill-down of the one in
 * the address (?chi-tieu=đ), and the year's charts. Every role that reads indicators sees the
 * same page; the API has already hidden what a role may not see (indicator d's small counts).
 */
export function IndicatorsPage({ search }: { search: string }) {
  const { t } = useTranslation();
  const thisYear = yearOf(vietnamToday());
  const query = readIndicatorQuery(search, thisYear);
  const { state, retry } = useLoad(
    (signal) => planClient.indicators(query.year, signal),
    `indicators:${query.year}`,
  );
  const slow = useDelayedFlag(state.status === 'loading', 1000);
  const years = Array.from({ length: thisYear - firstPlanYear + 1 }, (_, i) => thisYear - i);

  return (
    <div className="indicators-page">
      <PageHeading
        title={t('indicators.title')}
        intro={
          state.status === 'ready' &&
          t('indicators.intro', {
            year: state.data.year,
            asOf: formatCalendarDate(state.data.asOf),
          })
        }
      >
        <SelectField
          label={t('indicators.year')}
          className="plan-year"
          value={query.year}
          onChange={(value) => navigate(indicatorPath({ year: Number(value), code: null }))}
        >
          <Options values={years} />
        </SelectField>
      </PageHeading>
      {state.status === 'loading' && (
        <>
          {slow && <Spinner text={t('indicators.loading')} />}
          <CardSkeletons />
        </>
      )}
      {state.status === 'error' && <LoadError failure={state.failure} onRetry={retry} />}
      {state.status === 'ready' && (
        <Dashboard data={state.data} code={query.code} year={query.year} />
      )}
    </div>
  );
}

function Dashboard(props: { data: IndicatorsResponse; code: string | null; year: number }) {
  const { t } = useTranslation();
  const { data, code, year } = props;
  const open = data.indicators.find((i) => i.code === code) ?? null;
  const nothing = data.indicators.every((i) => i.status === 'no-data');
  return (
    <>
      {nothing && <p className="empty-state">{t('indicators.empty', { year })}</p>}
      <ul className="kpi-cards" aria-label={t('indicators.cardsLabel')}>
        {data.indicators.map((indicator) => (
          <li key={indicator.code}>
            <IndicatorCard
              indicator={indicator}
              to={indicatorPath({ year, code: indicator.code })}
              open={indicator.code === code}
            />
          </li>
        ))}
      </ul>
      {open && (
        <IndicatorDrilldown indicator={open} closeTo={indicatorPath({ year, code: null })} />
      )}
      <Charts charts={data.charts} />
    </>
  );
}

function Charts({ charts }: { charts: IndicatorCharts }) {
  const { t } = useTranslation();
  const empty = <p className="muted chart-empty">{t('indicators.charts.empty')}</p>;
  const anyTips = charts.tipFunnel.some((s) => s.count > 0);
  return (
    <section className="plan-charts" aria-labelledby="plan-charts-title">
      <h2 id="plan-charts-title" className="section-title">
        {t('indicators.charts.title')}
      </h2>
      <div className="plan-chart-grid">
        <div className="plan-chart-cell plan-chart-wide">
          {charts.inspectionsByMonth.length > 0 ? (
            <InspectionsByMonthChart months={charts.inspectionsByMonth} seasons={charts.seasons} />
          ) : (
            <ChartPlaceholder title={t('indicators.charts.inspections')}>{empty}</ChartPlaceholder>
          )}
        </div>
        <div className="plan-chart-cell">
          {anyTips ? (
            <TipFunnelChart funnel={charts.tipFunnel} />
          ) : (
            <ChartPlaceholder title={t('indicators.charts.funnel')}>{empty}</ChartPlaceholder>
          )}
        </div>
        <div className="plan-chart-cell">
          {charts.violationsByType.length > 0 ? (
            <ViolationsByTypeChart rows={charts.violationsByType} />
          ) : (
            <ChartPlaceholder title={t('indicators.charts.byType')}>{empty}</ChartPlaceholder>
          )}
        </div>
        <div className="plan-chart-cell plan-chart-wide">
          {charts.handledRateByMonth.some((m) => m.received > 0) ? (
            <HandledRateChart months={charts.handledRateByMonth} />
          ) : (
            <ChartPlaceholder title={t('indicators.charts.handledRate')}>{empty}</ChartPlaceholder>
          )}
        </div>
      </div>
    </section>
  );
}

function ChartPlaceholder({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <figure className="plan-chart">
      <figcaption>{title}</figcaption>
      {children}
    </figure>
  );
}

/** Seven grey cards while the numbers are computed, so the page does not jump when they come. */
function CardSkeletons() {
  return (
    <ul className="kpi-cards" aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => (
        <li key={i}>
          <span className="kpi-card kpi-skeleton">
            <span className="skeleton-line skeleton-short" />
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-big" />
            <span className="skeleton-line" />
          </span>
        </li>
      ))}
    </ul>
  );
}
