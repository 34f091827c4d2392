import {
  inspectionKinds,
  inspectionMeasures,
  inspectionResults,
  inspectionViolations,
} from '@ntm/db/schema/values';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tip } from '../api/tip-client';
import { formatInstant } from '../review/use-proposals';
import { CheckboxGroup } from '../ui/form/checkbox-group';
import { DateField } from '../ui/form/date-field';
import { photosOf } from './field-photos';
import {
  type DraftProblem,
  draftProblems,
  type FieldRecord,
  type InspectionDraft,
  instantOfInput,
} from './field-record';
import { PhotoFieldset } from './photo-fieldset';
import { TeamFieldset } from './team-fieldset';

interface InspectionFormProps {
  record: FieldRecord;
  /** Open tips of this business the inspection may answer (police), or why there are none. */
  tips: Tip[] | 'offline' | null;
  sending: boolean;
  /** Every change, so it can be kept on the phone as it is typed. */
  onChange: (draft: InspectionDraft) => void;
  onSubmit: () => void;
  onClose: () => void;
  onDiscard: () => void;
}

/** The native picker speaks the device's language; this says the same in vi-VN, to be sure. */
const readableInstant = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? formatInstant(instantOfInput(value)) : '';

const toggled = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/**
 * The record made at the door, phone first: arrival, team, people present, result, violations
 * and measures from the lists (a fine with its amount and decision number), follow-up, tips.
 * Nothing here needs a connection; sending is the outbox's business.
 */
export function InspectionForm(props: InspectionFormProps) {
  const { record, tips, sending, onChange, onSubmit, onClose, onDiscard } = props;
  const { t } = useTranslation();
  const id = useId();
  // Shown from the first attempt to send on, and kept up to date as the fields are corrected.
  const [tried, setTried] = useState(false);
  const draft = record.draft;
  const problems: DraftProblem[] = tried ? draftProblems(draft, new Date()) : [];
  const set = (patch: Partial<InspectionDraft>) => onChange({ ...draft, ...patch });
  const problemAt = (path: string) => problems.find((p) => p.path === path)?.message;
  const fined = draft.measures.includes('fine');
  const scheduled = record.target.kind === 'scheduled';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (draftProblems(draft, new Date()).length === 0) onSubmit();
  }

  const fieldError = (path: string) => {
    const message = problemAt(path);
    return message ? (
      <span className="form-error" id={`${id}-${path}-error`}>
        {message}
      </span>
    ) : null;
  };

  return (
    <form className="inspection-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <header className="inspection-form-header">
        <h2 id={`${id}-title`}>{t('inspections.form.title')}</h2>
        <p className="inspection-form-business">
          <span className="muted">{t('inspections.form.business')}:</span>{' '}
          <strong>{record.business.name}</strong>
        </p>
        <p className="muted inspection-form-saved">{t('inspections.form.savedDraft')}</p>
      </header>

      {!scheduled && (
        <fieldset className="choice-group">
          <legend>{t('inspections.form.kind')}</legend>
          {inspectionKinds.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={draft.kind === kind}
                onChange={() => set({ kind })}
              />
              {t(`inspections.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
      )}

      <label className="form-field" htmlFor={`${id}-arrived`}>
        <span>{t('inspections.form.arrivedAt')}</span>
        <input
          id={`${id}-arrived`}
          type="datetime-local"
          value={draft.arrivedAt}
          aria-invalid={problemAt('arrivedAt') ? true : undefined}
          onChange={(e) => set({ arrivedAt: e.target.value })}
        />
        <span className="muted field-hint">{readableInstant(draft.arrivedAt)}</span>
        {fieldError('arrivedAt')}
      </label>

      <TeamFieldset
        team={draft.team}
        onChange={(team) => set({ team })}
        error={fieldError('team')}
      />

      <label className="form-field" htmlFor={`${id}-people`}>
        <span>{t('inspections.form.peoplePresent')}</span>
        <textarea
          id={`${id}-people`}
          rows={3}
          value={draft.peoplePresent}
          aria-describedby={`${id}-people-hint`}
          onChange={(e) => set({ peoplePresent: e.target.value })}
        />
        <span className="muted field-hint" id={`${id}-people-hint`}>
          {t('inspections.form.peoplePresentHint')}
        </span>
      </label>

      <fieldset className="choice-group">
        <legend>{t('inspections.form.result')}</legend>
        {inspectionResults.map((result) => (
          <label key={result} className={`choice choice-result-${result}`}>
            <input
              type="radio"
              name={`${id}-result`}
              checked={draft.result === result}
              onChange={() => set({ result })}
            />
            {t(`inspections.results.${result}`)}
          </label>
        ))}
        {fieldError('result')}
      </fieldset>

      {draft.result && draft.result !== 'no-violation' && (
        <CheckboxGroup
          legend={t('inspections.form.violations')}
          options={inspectionViolations.map((code) => ({
            value: code,
            label: t(`inspections.violations.${code}`),
          }))}
          value={draft.violations}
          error={problemAt('violations')}
          onChange={(violations) => set({ violations })}
        />
      )}

      <CheckboxGroup
        legend={t('inspections.form.measures')}
        options={inspectionMeasures.map((code) => ({
          value: code,
          label: t(`inspections.measures.${code}`),
        }))}
        value={draft.measures}
        error={problemAt('measures')}
        onChange={(measures) => set({ measures })}
      />

      {fined && (
        <div className="fine-fields">
          <label className="form-field" htmlFor={`${id}-fine`}>
            <span>{t('inspections.form.fineVnd')}</span>
            <input
              id={`${id}-fine`}
              inputMode="numeric"
              value={draft.fineVnd}
              aria-invalid={problemAt('fineVnd') ? true : undefined}
              onChange={(e) => set({ fineVnd: e.target.value })}
            />
            {fieldError('fineVnd')}
          </label>
          <label className="form-field" htmlFor={`${id}-decision`}>
            <span>{t('inspections.form.fineDecisionNumber')}</span>
            <input
              id={`${id}-decision`}
              value={draft.fineDecisionNumber}
              aria-invalid={problemAt('fineDecisionNumber') ? true : undefined}
              onChange={(e) => set({ fineDecisionNumber: e.target.value })}
            />
            {fieldError('fineDecisionNumber')}
          </label>
        </div>
      )}

      <label className="form-field" htmlFor={`${id}-findings`}>
        <span>{t('inspections.form.findings')}</span>
        <textarea
          id={`${id}-findings`}
          rows={3}
          value={draft.findings}
          onChange={(e) => set({ findings: e.target.value })}
        />
      </label>

      <DateField
        label={t('inspections.form.followUpOn')}
        value={draft.followUpOn}
        onChange={(followUpOn) => set({ followUpOn })}
      />

      <PhotoFieldset photos={photosOf(draft)} onChange={(photos) => set({ photos })} />

      {tips !== null && (
        <fieldset className="choice-group">
          <legend>{t('inspections.form.tips')}</legend>
          {tips === 'offline' ? (
            <p className="muted">{t('inspections.form.tipsOffline')}</p>
          ) : tips.length === 0 ? (
            <p className="muted">{t('inspections.form.noTips')}</p>
          ) : (
            tips.map((tip) => (
              <label key={tip.id} className="choice">
                <input
                  type="checkbox"
                  checked={draft.tipIds.includes(tip.id)}
                  onChange={(e) => set({ tipIds: toggled(draft.tipIds, tip.id, e.target.checked) })}
                />
                {t('tips.number', { id: tip.id })} · {formatInstant(tip.properties.receivedAt)} ·{' '}
                {t(`tips.categories.${tip.properties.category}`)}
              </label>
            ))
          )}
        </fieldset>
      )}

      {problems.length > 0 && (
        <div className="form-error inspection-problems" role="alert">
          <p>{t('inspections.form.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}

      {/* Rarely wanted and not to be hit by a thumb reaching for "send": outside the sticky
          bar, whose two buttons then fit one line on a phone. */}
      <p className="inspection-form-discard">
        <button type="button" className="button button-secondary" onClick={onDiscard}>
          {t('inspections.form.discard')}
        </button>
      </p>

      <div className="inspection-form-buttons">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('inspections.form.saveDraft')}
        </button>
        <button type="submit" className="button" disabled={sending}>
          {t('inspections.form.submit')}
        </button>
      </div>
    </form>
  );
}
