import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BusinessType, businessStatuses, businessTypes } from '../api/geo-types';
import type { BusinessDraft } from '../api/proposal-client';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { FormButtons } from '../ui/form/form-buttons';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { TextField } from '../ui/form/text-field';

const phonePattern = /^\+?[0-9 .-]{6,20}$/;

/** The form's own draft: a new business has no type until the person chooses one. */
export type FormDraft = Omit<BusinessDraft, 'type'> & { type: BusinessType | '' };

interface BusinessFormProps {
  title: string;
  initial: FormDraft;
  /** Editing an existing business: the status can change (e.g. to closed). */
  withStatus: boolean;
  sending: boolean;
  /** The API's refusal, already in Vietnamese. */
  error: string | null;
  onSubmit: (draft: BusinessDraft) => void;
  onCancel: () => void;
  /**
   * On a phone the form covers the map: folded, it shows only its title and buttons so the pin
   * can be dragged (the fields keep what was typed). Absent where there is no pin to drag.
   */
  fold?: { folded: boolean; onFold: (folded: boolean) => void };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The fields a village head fills in for a business; checked here, then by the API. */
export function BusinessForm(props: BusinessFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof FormDraft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (props.sending) return;
    const name = draft.name.trim();
    const address = draft.address.trim();
    const phone = blankToNull(draft.phone ?? '');
    if (!name) return setProblem(t('edit.missing', { field: t('edit.name').toLowerCase() }));
    if (!draft.type) return setProblem(t('edit.missingType'));
    if (!address) return setProblem(t('edit.missing', { field: t('edit.address').toLowerCase() }));
    if (phone && !phonePattern.test(phone)) return setProblem(t('edit.badPhone'));
    setProblem(null);
    props.onSubmit({
      ...draft,
      type: draft.type,
      name,
      address,
      phone,
      owner: blankToNull(draft.owner ?? ''),
      licensedTrade: blankToNull(draft.licensedTrade ?? ''),
    });
  }

  const message = problem ?? props.error;
  const required = (label: string) => (
    <>
      {label}
      <span className="required"> ({t('edit.required')})</span>
    </>
  );
  const text = (
    field: 'name' | 'address' | 'owner' | 'phone' | 'licensedTrade',
    isRequired = false,
  ) => (
    <TextField
      label={isRequired ? required(t(`edit.${field}`)) : t(`edit.${field}`)}
      name={field}
      value={draft[field] ?? ''}
      inputMode={field === 'phone' ? 'tel' : undefined}
      autoComplete="off"
      required={isRequired}
      onChange={set(field)}
    />
  );

  return (
    <form className="business-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <div className="business-form-head">
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.fold && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={!props.fold.folded}
            aria-controls={`${id}-fields`}
            onClick={() => props.fold?.onFold(!props.fold.folded)}
          >
            {t(props.fold.folded ? 'edit.unfold' : 'edit.fold')}
          </button>
        )}
      </div>
      {props.fold?.folded && <p className="muted business-form-hint">{t('edit.foldedHint')}</p>}
      <div id={`${id}-fields`} hidden={props.fold?.folded}>
        {text('name', true)}
        <SelectField
          label={required(t('edit.type'))}
          name="type"
          value={draft.type}
          required
          onChange={set('type')}
        >
          {draft.type === '' && (
            <option value="" disabled>
              {t('edit.chooseType')}
            </option>
          )}
          <Options values={businessTypes} label={(type) => t(`businessType.${type}`)} />
        </SelectField>
        {text('address', true)}
        {text('owner')}
        {text('phone')}
        {text('licensedTrade')}
        {props.withStatus && (
          <SelectField
            label={t('edit.status')}
            name="status"
            value={draft.status ?? ''}
            onChange={set('status')}
          >
            <Options values={businessStatuses} label={(status) => t(`businessStatus.${status}`)} />
          </SelectField>
        )}
      </div>
      <FormProblem text={message} />
      <FormButtons onCancel={props.onCancel}>
        <SubmitButton pending={props.sending} pendingLabel={t('edit.sending')}>
          {t('edit.submit')}
        </SubmitButton>
      </FormButtons>
    </form>
  );
}
