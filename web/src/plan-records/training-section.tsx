import { type FormEvent, useCallback, useId, useState } from 'react';
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
import { DateField } from '../ui/form/date-field';
import { LoadStatus } from '../ui/load-status';
import { refusalText, useNotice } from './use-notice';

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

interface TrainingFormProps {
  year: number;
  selected: number[];
  onRecorded: (count: number) => void;
}

function TrainingForm({ year, selected, onRecorded }: TrainingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState({ course: '', heldOn: '', hours: '', provider: '' });
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (selected.length === 0) return setProblem(t('planRecords.training.noneSelected'));
    if (!draft.course.trim() || !draft.heldOn) {
      return setProblem(t('planRecords.training.incomplete'));
    }
    setPending(true);
    const hours = Number.parseInt(draft.hours, 10);
    const result = await planRecordsClient.addTraining({
      course: draft.course.trim(),
      heldOn: draft.heldOn,
      hours: Number.isFinite(hours) ? hours : null,
      provider: draft.provider.trim() || null,
      officerIds: selected,
    });
    setPending(false);
    if (!result.ok) {
      return setProblem(
        refusalText(result.failure, (f) => t('planRecords.failed', { reason: failureText(t, f) })),
      );
    }
    setProblem(null);
    setDraft({ course: '', heldOn: '', hours: '', provider: '' });
    onRecorded(result.value.length);
  }

  return (
    <form className="plan-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('planRecords.training.record')}</h3>
      <p className="muted" aria-live="polite">
        {t('planRecords.training.selected', { count: selected.length })}
      </p>
      <label className="form-field">
        <span className="field-label">{t('planRecords.training.course')}</span>
        <input
          value={draft.course}
          maxLength={300}
          onChange={(e) => setDraft({ ...draft, course: e.target.value })}
        />
      </label>
      <div className="plan-form-row">
        <DateField
          label={t('planRecords.training.heldOn')}
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          value={draft.heldOn}
          onChange={(heldOn) => setDraft({ ...draft, heldOn })}
        />
        <label className="form-field">
          <span className="field-label">{t('planRecords.training.hours')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={200}
            value={draft.hours}
            onChange={(e) => setDraft({ ...draft, hours: e.target.value })}
          />
        </label>
      </div>
      <label className="form-field">
        <span className="field-label">{t('planRecords.training.provider')}</span>
        <input
          value={draft.provider}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, provider: e.target.value })}
        />
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? t('planRecords.saving') : t('planRecords.training.record')}
      </button>
    </form>
  );
}

function OfficerForm({
  agencies,
  onAdded,
}: {
  agencies: Agency[];
  onAdded: (officer: Officer) => void;
}) {
  const { t } = useTranslation();
  const empty = { agencyId: '', fullName: '', position: '' };
  const [draft, setDraft] = useState(empty);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!draft.agencyId || !draft.fullName.trim() || !draft.position.trim()) {
      return setProblem(t('planRecords.training.officerIncomplete'));
    }
    setPending(true);
    const result = await planRecordsClient.addOfficer({
      agencyId: Number(draft.agencyId),
      fullName: draft.fullName.trim(),
      position: draft.position.trim(),
    });
    setPending(false);
    if (!result.ok) {
      return setProblem(
        refusalText(result.failure, (f) => t('planRecords.failed', { reason: failureText(t, f) })),
      );
    }
    setProblem(null);
    setDraft(empty);
    onAdded(result.value);
  }

  return (
    <details className="plan-form officer-form">
      <summary>{t('planRecords.training.addOfficer')}</summary>
      <form noValidate onSubmit={submit} aria-label={t('planRecords.training.addOfficer')}>
        <label className="form-field">
          <span className="field-label">{t('planRecords.training.agency')}</span>
          <select
            value={draft.agencyId}
            onChange={(e) => setDraft({ ...draft, agencyId: e.target.value })}
          >
            <option value="" />
            {agencies
              .filter((a) => a.active)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">{t('planRecords.training.fullName')}</span>
          <input
            value={draft.fullName}
            maxLength={120}
            autoComplete="off"
            onChange={(e) => setDraft({ ...draft, fullName: e.target.value })}
          />
        </label>
        <label className="form-field">
          <span className="field-label">{t('planRecords.training.position')}</span>
          <input
            value={draft.position}
            maxLength={120}
            onChange={(e) => setDraft({ ...draft, position: e.target.value })}
          />
        </label>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? t('planRecords.saving') : t('planRecords.training.addOfficer')}
        </button>
      </form>
    </details>
  );
}
