import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BusinessStatus,
  type BusinessType,
  businessStatuses,
  businessTypes,
} from '../api/geo-types';
import type { BusinessDraft } from '../api/proposal-client';

const phonePattern = /^\+?[0-9 .-]{6,20}$/;

interface BusinessFormProps {
  title: string;
  initial: BusinessDraft;
  /** Editing an existing business: the status can change (e.g. to closed). */
  withStatus: boolean;
  sending: boolean;
  /** The API's refusal, already in Vietnamese. */
  error: string | null;
  onSubmit: (draft: BusinessDraft) => void;
  onCancel: () => void;
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The fields a village head fills in for a business; checked here, then by the API. */
export function BusinessForm(props: BusinessFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof BusinessDraft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = draft.name.trim();
    const address = draft.address.trim();
    const phone = blankToNull(draft.phone ?? '');
    if (!name) return setProblem(t('edit.missing', { field: t('edit.name').toLowerCase() }));
    if (!address) return setProblem(t('edit.missing', { field: t('edit.address').toLowerCase() }));
    if (phone && !phonePattern.test(phone)) return setProblem(t('edit.badPhone'));
    setProblem(null);
    props.onSubmit({
      ...draft,
      name,
      address,
      phone,
      owner: blankToNull(draft.owner ?? ''),
      licensedTrade: blankToNull(draft.licensedTrade ?? ''),
    });
  }

  const message = problem ?? props.error;
  const text = (
    field: 'name' | 'address' | 'owner' | 'phone' | 'licensedTrade',
    required = false,
  ) => (
    <label className="form-field" htmlFor={`${id}-${field}`}>
      <span>
        {t(`edit.${field}`)}
        {required && <span className="required"> ({t('edit.required')})</span>}
      </span>
      <input
        id={`${id}-${field}`}
        name={field}
        value={draft[field] ?? ''}
        inputMode={field === 'phone' ? 'tel' : undefined}
        autoComplete="off"
        required={required}
        onChange={(event) => set(field)(event.target.value)}
      />
    </label>
  );

  return (
    <form className="business-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{props.title}</h2>
      {text('name', true)}
      <label className="form-field" htmlFor={`${id}-type`}>
        <span>{t('edit.type')}</span>
        <select
          id={`${id}-type`}
          name="type"
          value={draft.type}
          onChange={(event) => set('type')(event.target.value as BusinessType)}
        >
          {businessTypes.map((type) => (
            <option key={type} value={type}>
              {t(`businessType.${type}`)}
            </option>
          ))}
        </select>
      </label>
      {text('address', true)}
      {text('owner')}
      {text('phone')}
      {text('licensedTrade')}
      {props.withStatus && (
        <label className="form-field" htmlFor={`${id}-status`}>
          <span>{t('edit.status')}</span>
          <select
            id={`${id}-status`}
            name="status"
            value={draft.status}
            onChange={(event) => set('status')(event.target.value as BusinessStatus)}
          >
            {businessStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`businessStatus.${status}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="button" disabled={props.sending} aria-busy={props.sending}>
          {props.sending ? t('edit.sending') : t('edit.submit')}
        </button>
      </div>
    </form>
  );
}
