import { documentNumberPattern } from '@ntm/api/schemas/plan-records';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanDocument, planRecordsClient } from '../api/plan-records-client';
import { useLoad } from '../api/use-load';
import { formatCalendarDate } from '../i18n/format';
import { failureText } from '../ui/failure-text';
import { DateField } from '../ui/form/date-field';
import { TextAreaField, TextField } from '../ui/form/text-field';
import { useDraft } from '../ui/form/use-draft';
import { LoadStatus } from '../ui/load-status';
import { PlanForm } from './plan-form';
import { refusalText, useNotice } from './use-notice';

/** Indicator a: the year's plan documents, and (health) the form to record one. */
export function PlanDocumentSection({ year, mayAdd }: { year: number; mayAdd: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(
    (signal: AbortSignal) => planRecordsClient.planDocuments(year, signal),
    [year],
  );
  const { state, retry, update } = useLoad(load, String(year));
  return (
    <div className="plan-section">
      <h2>{t('planRecords.plan.heading', { year })}</h2>
      <LoadStatus state={state} onRetry={retry} />
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <p className="empty-state">{t('planRecords.plan.none', { year })}</p>
        ) : (
          <ul className="plan-document-list">
            {state.data.map((d) => (
              <li key={d.id} className="plan-card">
                <strong>{d.title}</strong>
                <span>
                  {t('planRecords.plan.issued', {
                    number: d.number,
                    date: formatCalendarDate(d.issuedOn),
                  })}
                </span>
                {d.signedBy && (
                  <span className="muted">
                    {t('planRecords.plan.signedBy', { name: d.signedBy })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ))}
      {mayAdd ? (
        <PlanDocumentForm key={year} year={year} onAdded={(d) => update((list) => [d, ...list])} />
      ) : (
        <p className="muted">{t('planRecords.readOnly')}</p>
      )}
    </div>
  );
}

function PlanDocumentForm({ year, onAdded }: { year: number; onAdded: (d: PlanDocument) => void }) {
  const { t } = useTranslation();
  const empty = {
    number: '',
    issuedOn: '',
    title: t('planRecords.plan.titleDefault', { year }),
    signedBy: '',
  };
  const { draft, setDraft, bind } = useDraft(empty);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useNotice();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const number = draft.number.trim();
    if (!number || !draft.issuedOn || !draft.title.trim()) {
      return setNotice({ kind: 'failed', text: t('planRecords.plan.incomplete') });
    }
    if (!documentNumberPattern.test(number)) {
      return setNotice({ kind: 'failed', text: t('planRecords.plan.numberInvalid') });
    }
    setPending(true);
    const result = await planRecordsClient.addPlanDocument({
      year,
      number,
      issuedOn: draft.issuedOn,
      title: draft.title.trim(),
      signedBy: draft.signedBy.trim() || null,
    });
    setPending(false);
    if (!result.ok) {
      return setNotice({
        kind: 'failed',
        text: refusalText(result.failure, (f) =>
          t('planRecords.failed', { reason: failureText(t, f) }),
        ),
      });
    }
    setNotice({ kind: 'done', text: t('planRecords.plan.added', { number }) });
    setDraft(empty);
    onAdded(result.value);
  }

  return (
    <PlanForm title={t('planRecords.plan.add')} pending={pending} onSubmit={submit}>
      <div className="plan-form-row">
        <TextField
          label={t('planRecords.plan.number')}
          {...bind('number')}
          placeholder={t('planRecords.plan.numberHint')}
          maxLength={40}
          autoComplete="off"
        />
        <DateField
          label={t('planRecords.plan.issuedOn')}
          min={`${year - 1}-01-01`}
          max={`${year}-12-31`}
          {...bind('issuedOn')}
        />
      </div>
      <TextAreaField
        label={t('planRecords.plan.titleField')}
        rows={2}
        maxLength={500}
        {...bind('title')}
      />
      <TextField label={t('planRecords.plan.signer')} {...bind('signedBy')} maxLength={120} />
      {notice && (
        <p className={notice.kind === 'failed' ? 'form-error' : 'form-done'} role="status">
          {notice.text}
        </p>
      )}
    </PlanForm>
  );
}
