import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseStatus,
  type SupportCase,
  type SupportCaseWithReferrals,
  type SupportSummary,
  supportClient,
} from '../api/support-client';
import { formatCalendarDate } from '../i18n/format';
import { NamedOptions, Options } from '../ui/form/options';
import { RetryBanner, Spinner } from '../ui/load-status';
import { PageHeading } from '../ui/page-heading';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { CaseCard } from './case-card';
import { CaseForm } from './case-form';
import { SupportSummaryCards } from './support-summary';
import { problemText } from './support-text';
import './support.css';

const statuses: CaseStatus[] = ['open', 'counselled', 'connected', 'closed'];
type Loaded = { summary: SupportSummary; cases: SupportCase[] };

/**
 * Hỗ trợ, can thiệp giảm hại: the health station's cases, known by pseudonymous code only.
 * The list on one side and the open case (or a new one) on the other; stacked on a phone.
 */
export function SupportPage() {
  const { t } = useTranslation();
  const year = Number(vietnamToday().slice(0, 4));
  const [data, setData] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [village, setVillage] = useState('');
  const [selected, setSelected] = useState<SupportCaseWithReferrals | null>(null);
  const [opening, setOpening] = useState(false);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const slow = useDelayedFlag((data === null && problem === null) || opening, 1000);

  const load = useCallback(async () => {
    const [summary, list] = await Promise.all([supportClient.summary(year), supportClient.list()]);
    return { summary, cases: list.cases };
  }, [year]);

  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (!live) return;
        setData(loaded);
        setProblem(null);
      },
      (cause: unknown) => {
        if (live) setProblem(problemText(cause));
      },
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  async function open(id: number) {
    setCreating(false);
    setNotice(null);
    setOpening(true);
    try {
      setSelected(await supportClient.get(id));
    } catch (cause) {
      setProblem(problemText(cause));
    } finally {
      setOpening(false);
    }
  }

  // After a write: the case as the API answered, and the list and numbers again.
  function changed(found: SupportCaseWithReferrals) {
    setSelected(found);
    load().then(setData, (cause: unknown) => setProblem(problemText(cause)));
  }

  if (data === null) {
    return (
      <div className="support-page">
        <h1>{t('support.title')}</h1>
        {problem ? (
          <RetryBanner
            text={t('support.loadFailed', { reason: problem })}
            onRetry={() => setAttempt((n) => n + 1)}
          />
        ) : (
          slow && <Spinner text={t('pageState.loading')} />
        )}
      </div>
    );
  }

  const villages = data.summary.byVillage.cells
    .filter((c): c is typeof c & { key: { id: number } } => c.key.id !== null)
    .map((c) => c.key);
  const shown = data.cases.filter(
    (c) => (!status || c.status === status) && (!village || String(c.villageId) === village),
  );

  return (
    <div className="support-page">
      <PageHeading title={t('support.title')} intro={t('support.intro')}>
        {!creating && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setCreating(true);
              setSelected(null);
              setNotice(null);
            }}
          >
            {t('support.newCase')}
          </button>
        )}
      </PageHeading>
      <SupportSummaryCards summary={data.summary} cases={data.cases} />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="notice notice-done" role="status">
          {notice}
        </p>
      )}
      <div className="support-columns">
        <section className="support-list" aria-labelledby="support-list-title">
          <h2 id="support-list-title" className="section-title">
            {t('support.listTitle')}{' '}
            <span className="muted">{t('support.count', { count: shown.length })}</span>
          </h2>
          <div className="support-filters">
            <label className="form-field">
              <span className="field-label">{t('support.filterStatus')}</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
                <option value="">{t('support.all')}</option>
                <Options values={statuses} label={(s) => t(`support.status.${s}`)} />
              </select>
            </label>
            <label className="form-field">
              <span className="field-label">{t('support.filterVillage')}</span>
              <select value={village} onChange={(e) => setVillage(e.target.value)}>
                <option value="">{t('support.all')}</option>
                <NamedOptions items={villages} />
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="empty-state">{t('support.none')}</p>
          ) : (
            <ul className="support-cases">
              {shown.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="support-case-row"
                    aria-current={selected?.id === c.id ? 'true' : undefined}
                    data-code={c.code}
                    onClick={() => open(c.id)}
                  >
                    <span className="support-code">{c.code}</span>
                    <span className={`state support-status-${c.status}`}>
                      {t(`support.status.${c.status}`)}
                    </span>
                    <span className="support-case-meta">
                      {c.villageName ?? t('support.noVillage')} · {formatCalendarDate(c.openedOn)}
                    </span>
                    {c.connected.length > 0 && (
                      <span className="support-case-services">
                        {c.connected.map((s) => (
                          <span key={s} className="state state-on">
                            {t(`support.services.${s}`)}
                          </span>
                        ))}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="support-detail">
          {opening && slow && <Spinner text={t('support.card.loading')} />}
          {creating && (
            <CaseForm
              villages={villages}
              onCancel={() => setCreating(false)}
              onCreated={(created) => {
                setCreating(false);
                setNotice(t('support.form.created', { code: created.code }));
                changed(created);
              }}
            />
          )}
          {!creating && selected && (
            <CaseCard found={selected} onChanged={changed} onClose={() => setSelected(null)} />
          )}
        </div>
      </div>
    </div>
  );
}
