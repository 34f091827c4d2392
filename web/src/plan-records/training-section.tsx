import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../api/admin-client';
import {
  type Agency,
  type Officer,
  planRecordsClient,
  type Training,
} from '../api/plan-records-client';
import { useLoad } from '../api/use-load';
import { formatCalendarDate } from '../i18n/format';
import { failureText } from '../ui/failure-text';
import { LoadStatus } from '../ui/load-status';
import { OfficerForm, TrainingForm } from './training-forms';
import { useNotice } from './use-notice';

type Data = { officers: Officer[]; trainings: Training[]; agencies: Agency[] };
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

async function loadBoth(year: number, signal: AbortSignal): Promise<Result<Data>> {
  const [officers, trainings, agencies] = await Promise.all([
    planRecordsClient.officers(year, signal),
    planRecordsClient.trainings(year, signal),
    planRecordsClient.agencies(signal),
  ]);
  if (!officers.ok) return officers;
  if (!trainings.ok) return trainings;
  if (!agencies.ok) return agencies;
  return {
    ok: true,
    value: { officers: officers.value, trainings: trainings.value, agencies: agencies.value },
  };
}

/**
 * Indicator e: every officer of the plan, trained this year or not; the health station picks
 * several and records the course they attended in one go.
 */
export function TrainingSection({ year, mayRecord }: { year: number; mayRecord: boolean }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => loadBoth(year, signal), [year]);
  const { state, retry, update } = useLoad(load, `${year}`);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useNotice();

  if (state.status !== 'ready') return <LoadStatus state={state} onRetry={retry} />;
  const { officers, trainings, agencies } = state.data;
  const active = officers.filter((o) => o.active);
  const trained = active.filter((o) => o.trainedInYear).length;
  const toggle = (officerId: number) => {
    const next = new Set(selected);
    if (next.has(officerId)) next.delete(officerId);
    else next.add(officerId);
    setSelected(next);
  };

  async function remove(training: Training) {
    const ok = window.confirm(
      t('planRecords.training.confirmRemove', {
        course: training.course,
        name: training.officerName,
      }),
    );
    if (!ok) return;
    const result = await planRecordsClient.removeTraining(training.id);
    if (!result.ok) {
      setNotice({
        kind: 'failed',
        text: t('planRecords.failed', { reason: failureText(t, result.failure) }),
      });
      return;
    }
    retry();
  }

  return (
    <div className="plan-section">
      <h2>{t('planRecords.training.heading')}</h2>
      <p className="plan-summary" data-testid="training-summary">
        {t('planRecords.training.summary', {
          year,
          trained,
          total: active.length,
          share: percent.format(active.length ? trained / active.length : 0),
        })}
      </p>
      <div className="training-layout">
        <div className="table-scroll">
          <table className="data-table officer-table">
            <thead>
              <tr>
                {mayRecord && (
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('planRecords.training.selectUntrained')}
                      title={t('planRecords.training.selectUntrained')}
                      checked={
                        selected.size > 0 &&
                        active.filter((o) => !o.trainedInYear).every((o) => selected.has(o.id))
                      }
                      onChange={(e) =>
                        setSelected(
                          e.target.checked
                            ? new Set(active.filter((o) => !o.trainedInYear).map((o) => o.id))
                            : new Set(),
                        )
                      }
                    />
                  </th>
                )}
                <th scope="col">{t('planRecords.training.officer')}</th>
                <th scope="col" className="hide-narrow">
                  {t('planRecords.training.agency')}
                </th>
                <th scope="col">{t('planRecords.training.status', { year })}</th>
              </tr>
            </thead>
            <tbody>
              {officers.map((o) => (
                <tr key={o.id} data-officer={o.id} className={o.active ? undefined : 'is-inactive'}>
                  {mayRecord && (
                    <td>
                      <input
                        type="checkbox"
                        disabled={!o.active}
                        checked={selected.has(o.id)}
                        aria-label={t('planRecords.training.select', { name: o.fullName })}
                        onChange={() => toggle(o.id)}
                      />
                    </td>
                  )}
                  <td>
                    <strong>{o.fullName}</strong>
                    <br />
                    <span className="muted">
                      {o.position}
                      <span className="show-narrow"> · {o.agencyName}</span>
                    </span>
                  </td>
                  <td className="hide-narrow">{o.agencyName}</td>
                  <td>
                    {!o.active ? (
                      <span className="badge">{t('planRecords.training.left')}</span>
                    ) : o.trainedInYear ? (
                      <span className="badge badge-trained" data-trained="true">
                        {o.lastTrainedOn
                          ? t('planRecords.training.trainedOn', {
                              date: formatCalendarDate(o.lastTrainedOn),
                            })
                          : t('planRecords.training.trained')}
                      </span>
                    ) : (
                      <span className="badge badge-untrained" data-trained="false">
                        {t('planRecords.training.notTrained')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="training-side">
          {notice && (
            <p className={notice.kind === 'failed' ? 'form-error' : 'form-done'} role="status">
              {notice.text}
            </p>
          )}
          {mayRecord ? (
            <TrainingForm
              year={year}
              selected={[...selected]}
              onRecorded={(count) => {
                setSelected(new Set());
                setNotice({ kind: 'done', text: t('planRecords.training.added', { count }) });
                retry();
              }}
            />
          ) : (
            <p className="muted">{t('planRecords.readOnly')}</p>
          )}
          {mayRecord && (
            <OfficerForm
              agencies={agencies}
              onAdded={(officer) => {
                setNotice({
                  kind: 'done',
                  text: t('planRecords.training.officerAdded', { name: officer.fullName }),
                });
                update((d) => ({ ...d, officers: [...d.officers, officer] }));
              }}
            />
          )}
        </div>
      </div>
      <details className="training-history">
        <summary>
          {t('planRecords.training.history', { year })} ({trainings.length})
        </summary>
        {trainings.length === 0 ? (
          <p className="empty-state">{t('planRecords.training.noHistory', { year })}</p>
        ) : (
          <ul className="training-list">
            {trainings.map((tr) => (
              <li key={tr.id}>
                <span>
                  <strong>{tr.officerName}</strong>
                  <span className="muted"> · {tr.course}</span>
                  <br />
                  <span className="muted">
                    {formatCalendarDate(tr.heldOn)}
                    {tr.provider ? ` · ${tr.provider}` : ''}
                  </span>
                </span>
                {mayRecord && (
                  <button
                    type="button"
                    className="button button-secondary button-danger button-small"
                    onClick={() => remove(tr)}
                  >
                    {t('planRecords.training.remove')}
                    <span className="visually-hidden">
                      {' '}
                      {tr.officerName} {tr.course}
                    </span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
