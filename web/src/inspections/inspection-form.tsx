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
import { choices } from '../ui/form/choice';
import { DateField } from '../ui/form/date-field';
import { DateTimeField } from '../ui/form/date-time-field';
import { RadioGroup } from '../ui/form/radio-group';
import { TextAreaField, TextField } from '../ui/form/text-field';
import { photosOf } from './field-photos';
import {
  type DraftProblem,
  draftProblems,
  type FieldRecord,
  type InspectionDraft,
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
  /** A kit field's value, its problem and its change, for one field of the draft. */
  const field = <Key extends keyof InspectionDraft>(key: Key) => ({
    value: draft[key],
    error: problemAt(key),
    onChange: (value: InspectionDraft[Key]) => set({ [key]: value }),
  });
  const fined = draft.measures.includes('fine');
  const scheduled = record.target.kind === 'scheduled';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (draftProblems(draft, new Date()).length === 0) onSubmit();
  }

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
        <RadioGroup
          legend={t('inspections.form.kind')}
          options={choices(inspectionKinds, (kind) => t(`inspections.kinds.${kind}`))}
          {...field('kind')}
        />
      )}

      <DateTimeField legend={t('inspections.form.arrivedAt')} {...field('arrivedAt')} />

      <TeamFieldset
        team={draft.team}
        onChange={(team) => set({ team })}
        error={problemAt('team')}
      />

      <TextAreaField
        label={t('inspections.form.peoplePresent')}
        hint={t('inspections.form.peoplePresentHint')}
        rows={3}
        {...field('peoplePresent')}
      />

      <RadioGroup
        legend={t('inspections.form.result')}
        options={choices(inspectionResults, (result) => t(`inspections.results.${result}`))}
        {...field('result')}
      />

      {draft.result && draft.result !== 'no-violation' && (
        <CheckboxGroup
          legend={t('inspections.form.violations')}
          options={choices(inspectionViolations, (code) => t(`inspections.violations.${code}`))}
          {...field('violations')}
        />
      )}

      <CheckboxGroup
        legend={t('inspections.form.measures')}
        options={choices(inspectionMeasures, (code) => t(`inspections.measures.${code}`))}
        {...field('measures')}
      />

      {fined && (
        <div className="fine-fields">
          <TextField
            label={t('inspections.form.fineVnd')}
            inputMode="numeric"
            {...field('fineVnd')}
          />
          <TextField
            label={t('inspections.form.fineDecisionNumber')}
            {...field('fineDecisionNumber')}
          />
        </div>
      )}

      <TextAreaField label={t('inspections.form.findings')} rows={3} {...field('findings')} />

      <DateField label={t('inspections.form.followUpOn')} {...field('followUpOn')} />

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
