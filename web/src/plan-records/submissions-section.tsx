import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { parseReportPeriod } from '@ntm/domain/reports/period-code';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../api/admin-client';
import { type Agency, planRecordsClient, type ReportSubmission } from '../api/plan-records-client';
import { useLoad } from '../api/use-load';
import { submissionColors } from '../theme/plan-record-colors';
import { failureText } from '../ui/failure-text';
import { DateField } from '../ui/form/date-field';
import { NamedOptions } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { useDraft } from '../ui/form/use-draft';
import { LoadStatus } from '../ui/load-status';
import { PlanForm } from './plan-form';
import { refusalText } from './use-notice';

type Data = { agencies: Agency[]; submissions: ReportSubmission[] };
type Cell = keyof typeof submissionColors;
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

async function loadBoth(year: number, signal: AbortSignal): Promise<Result<Data>> {
  const [agencies, submissions] = await Promise.all([
    planRecordsClient.agencies(signal),
    planRecordsClient.submissions(year, signal),
  ]);
  if (!agencies.ok) return agencies;
  if (!submissions.ok) return submissions;
  return { ok: true, value: { agencies: agencies.value, submissions: submissions.value } };
}

/** The periods of a year that are over, newest first: quarters, halves, the year, months. */
function endedPeriods(year: number): string[] {
  const today = vietnamToday();
  const codes = [
    `${year}`,
    `${year}-H2`,
    `${year}-Q4`,
    `${year}-Q3`,
    `${year}-H1`,
    `${year}-Q2`,
    `${year}-Q1`,
    ...Array.from({ length: 12 }, (_, i) => `${year}-${String(12 - i).padStart(2, '0')}`),
  ];
  return codes.filter((code) => (parseReportPeriod(code)?.to ?? '9999') < today);
}

/** Indicator g: each agency's quarterly report, as it reached the health station. */
export function SubmissionsSection({ year, mayRecord }: { year: number; mayRecord: boolean }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => loadBoth(year, signal), [year]);
  const { state, retry, update } = useLoad(load, String(year));
  const [done, setDone] = useState<string | null>(null);
  if (state.status !== 'ready') return <LoadStatus state={state} onRetry={retry} />;
  const { agencies, submissions } = state.data;
  const today = vietnamToday();
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const cell = (agencyId: number, period: string): Cell => {
    const found = submissions.find((s) => s.agencyId === agencyId && s.period === period);
    if (found) return found.channel;
    return (parseReportPeriod(period)?.to ?? '') < today ? 'missing' : 'not-due';
  };
  const electronic = submissions.filter((s) => s.channel === 'electronic').length;
  const label = (c: Cell) =>
    c === 'not-due' ? t('planRecords.reports.notDue') : t(`planRecords.reports.${c}`);

  return (
    <div className="plan-section">
      <h2>{t('planRecords.reports.heading', { year })}</h2>
      <p className="plan-summary">
        {t('planRecords.reports.summary', {
          received: submissions.length,
          electronic,
          share: percent.format(submissions.length ? electronic / submissions.length : 0),
        })}
      </p>
      <div className="table-scroll">
        <table className="data-table submission-grid">
          <thead>
            <tr>
              <th scope="col">{t('planRecords.reports.agency')}</th>
              {quarters.map((q, i) => (
                <th scope="col" key={q}>
                  {t('planRecords.reports.quarter', { q: ['I', 'II', 'III', 'IV'][i] })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                {quarters.map((q) => {
                  const c = cell(a.id, q);
                  const colors = submissionColors[c];
                  return (
                    <td
                      key={q}
                      className="submission-cell"
                      data-state={c}
                      style={{
                        background: colors.fill,
                        color: colors.ink,
                        borderColor: colors.line,
                      }}
                    >
                      {label(c)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="submission-legend">
        <span className="visually-hidden">{t('planRecords.reports.legend')}: </span>
        {(Object.keys(submissionColors) as Cell[]).map((c) => (
          <span key={c} className="legend-chip" style={{ borderColor: submissionColors[c].line }}>
            <span
              className="legend-dot"
              style={{
                background: submissionColors[c].fill,
                borderColor: submissionColors[c].line,
              }}
            />
            {label(c)}
          </span>
        ))}
      </p>
      {done && (
        <p className="form-done" role="status">
          {done}
        </p>
      )}
      {mayRecord ? (
        <SubmissionForm
          key={year}
          agencies={agencies}
          periods={endedPeriods(year)}
          onAdded={(s) => {
            setDone(t('planRecords.reports.added', { period: s.period, agency: s.agencyName }));
            update((d) => ({ ...d, submissions: [...d.submissions, s] }));
          }}
        />
      ) : (
        <p className="muted">{t('planRecords.readOnly')}</p>
      )}
    </div>
  );
}

interface SubmissionFormProps {
  agencies: Agency[];
  periods: string[];
  onAdded: (s: ReportSubmission) => void;
}

function SubmissionForm({ agencies, periods, onAdded }: SubmissionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, setDraft, bind } = useDraft({
    agencyId: '',
    period: periods.find((p) => p.includes('-Q')) ?? '',
    channel: 'electronic' as 'electronic' | 'paper',
    receivedOn: vietnamToday(),
  });
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!draft.agencyId || !draft.period || !draft.receivedOn) {
      return setProblem(t('planRecords.reports.incomplete'));
    }
    setPending(true);
    // A day received: noon of that day in Vietnam (the form does not ask the hour); today: now.
    const submittedAt =
      draft.receivedOn === vietnamToday() ? undefined : `${draft.receivedOn}T12:00:00+07:00`;
    const result = await planRecordsClient.addSubmission({
      agencyId: Number(draft.agencyId),
      period: draft.period,
      channel: draft.channel,
      ...(submittedAt ? { submittedAt } : {}),
    });
    setPending(false);
    if (!result.ok) {
      return setProblem(
        refusalText(result.failure, (f) => t('planRecords.failed', { reason: failureText(t, f) })),
      );
    }
    setProblem(null);
    onAdded(result.value);
  }

  return (
    <PlanForm
      title={t('planRecords.reports.record')}
      pending={pending}
      problem={problem}
      onSubmit={submit}
    >
      <div className="plan-form-row">
        <SelectField label={t('planRecords.reports.agencyField')} {...bind('agencyId')}>
          <option value="" />
          <NamedOptions items={agencies} />
        </SelectField>
        <SelectField label={t('planRecords.reports.period')} {...bind('period')}>
          <option value="" />
          {periods.map((p) => (
            <option key={p} value={p}>
              {capitalised(parseReportPeriod(p)?.label ?? p)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="plan-form-row">
        <fieldset className="form-field channel-choice">
          <legend className="field-label">{t('planRecords.reports.channel')}</legend>
          {(['electronic', 'paper'] as const).map((c) => (
            <label key={c}>
              <input
                type="radio"
                name={`${id}-channel`}
                checked={draft.channel === c}
                onChange={() => setDraft({ ...draft, channel: c })}
              />{' '}
              {t(`planRecords.reports.${c}`)}
            </label>
          ))}
        </fieldset>
        <DateField
          label={t('planRecords.reports.submittedAt')}
          max={vietnamToday()}
          {...bind('receivedOn')}
        />
      </div>
    </PlanForm>
  );
}
