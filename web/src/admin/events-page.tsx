import { vietnamYear } from '@ntm/domain/clock/vietnam-day';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminClient, type LocalEvent, type SeasonDates } from '../api/admin-client';
import { useLoad } from '../api/use-load';
import { formatCalendarDate } from '../i18n/format';
import { ColumnHeads } from '../ui/column-heads';
import { failureText } from '../ui/failure-text';
import { FormProblem } from '../ui/form/form-actions';
import { LoadStatus } from '../ui/load-status';
import { PageHeading } from '../ui/page-heading';
import { RowButton } from '../ui/row-button';
import { YearStepper } from '../ui/year-stepper';
import { EventForm } from './events-form';
import './admin.css';

const firstYear = 2020;
const lastYear = 2035;
const lunar = new Set(['tet', 'hung-kings']);
const span = (s: { from: string; to: string }) =>
  `${formatCalendarDate(s.from)} – ${formatCalendarDate(s.to)}`;

/**
 * The seasons of a year as the risk model and the planners see them: the national ones,
 * computed (Tết and Giỗ Tổ from the lunar calendar), and the commune's own events, which the
 * administrator adds and removes here.
 */
export function EventsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Math.min(lastYear, Math.max(firstYear, vietnamYear())));
  const load = useCallback((signal: AbortSignal) => adminClient.seasons(year, signal), [year]);
  const { state, retry, update } = useLoad(load, String(year));
  const [problem, setProblem] = useState<string | null>(null);

  async function remove(event: LocalEvent) {
    if (!window.confirm(t('events.confirmRemove', { name: event.name }))) return;
    const result = await adminClient.removeEvent(event.id);
    if (!result.ok) {
      setProblem(t('events.failed', { reason: failureText(t, result.failure) }));
      return;
    }
    setProblem(null);
    update((data) => ({ ...data, events: data.events.filter((e) => e.id !== event.id) }));
  }

  function added(event: LocalEvent) {
    if (event.from.slice(0, 4) <= String(year) && event.to.slice(0, 4) >= String(year)) {
      update((data) => ({
        ...data,
        events: [...data.events, event].sort((a, b) => a.from.localeCompare(b.from)),
      }));
    }
  }

  return (
    <div className="admin-page">
      <PageHeading title={t('events.title')} intro={t('events.intro')}>
        <YearStepper year={year} firstYear={firstYear} lastYear={lastYear} onChange={setYear} />
      </PageHeading>
      <LoadStatus state={state} onRetry={retry} />
      {state.status === 'ready' && (
        <div className="events-columns">
          <section aria-labelledby="national-seasons">
            <h2 id="national-seasons">{t('events.national')}</h2>
            <SeasonTable rows={state.data.seasons} />
          </section>
          <section aria-labelledby="local-events">
            <h2 id="local-events">{t('events.local')}</h2>
            <FormProblem text={problem} />
            {state.data.events.length === 0 ? (
              <p className="empty-state">{t('events.none', { year })}</p>
            ) : (
              <ul className="event-list">
                {state.data.events.map((event) => (
                  <li key={event.id} data-event={event.id}>
                    <span>
                      <strong>{event.name}</strong>
                      <span className="muted"> {span(event)}</span>
                    </span>
                    <RowButton rowName={event.name} danger onClick={() => remove(event)}>
                      {t('events.remove')}
                    </RowButton>
                  </li>
                ))}
              </ul>
            )}
            <EventForm onAdded={added} />
          </section>
        </div>
      )}
    </div>
  );
}

function SeasonTable({ rows }: { rows: SeasonDates[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <ColumnHeads columns={[t('events.season'), t('events.dates')]} />
      <tbody>
        {rows.map((s) => (
          <tr key={s.code}>
            <th scope="row">
              {s.name}
              {lunar.has(s.code) && <span className="muted"> · {t('events.lunar')}</span>}
            </th>
            <td className="nowrap">{span(s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
