import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { type AuditFilters, dayFromInput, dayToInput, noFilters } from './audit-filters';
import { auditActionKeys, auditEntityKeys } from './audit-labels';

interface AuditFilterFormProps {
  filters: AuditFilters;
  /** For the "who" filter; null while loading (the filter then waits). */
  users: User[] | null;
  onApply: (filters: AuditFilters) => void;
}

/** The audit filters; applied on "Lọc", which puts them in the address. */
export function AuditFilterForm({ filters, users, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const id = useId();
  // The dates as typed (dd/mm/yyyy); the filters hold them as YYYY-MM-DD.
  const [draft, setDraft] = useState({
    ...filters,
    from: dayToInput(filters.from),
    to: dayToInput(filters.to),
  });
  const [badDays, setBadDays] = useState<{ from: boolean; to: boolean }>({
    from: false,
    to: false,
  });
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = dayFromInput(draft.from);
    const to = dayFromInput(draft.to);
    setBadDays({ from: from === null, to: to === null });
    if (from === null || to === null) return;
    onApply({ ...draft, entityId: draft.entityId.trim(), from, to });
  }

  const dayField = (key: 'from' | 'to') => (
    <div className="form-field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {t(key === 'from' ? 'audit.from' : 'audit.to')}
      </label>
      <input
        id={`${id}-${key}`}
        value={draft[key]}
        placeholder={t('audit.dayPlaceholder')}
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={badDays[key] || undefined}
        aria-describedby={badDays[key] ? `${id}-${key}-problem` : undefined}
        onChange={set(key)}
      />
      {badDays[key] && (
        <p id={`${id}-${key}-problem`} className="field-problem">
          {t('audit.badDay')}
        </p>
      )}
    </div>
  );

  return (
    <form className="filters" aria-label={t('audit.filters')} onSubmit={submit}>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-entity`}>
          {t('audit.entity')}
        </label>
        <select id={`${id}-entity`} value={draft.entity} onChange={set('entity')}>
          <option value="">{t('audit.all')}</option>
          {auditEntityKeys.map((key) => (
            <option key={key} value={key}>
              {t(`auditEntity.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-entityId`}>
          {t('audit.entityId')}
        </label>
        <input
          id={`${id}-entityId`}
          value={draft.entityId}
          inputMode="numeric"
          autoComplete="off"
          onChange={set('entityId')}
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-user`}>
          {t('audit.user')}
        </label>
        <select
          id={`${id}-user`}
          value={draft.user}
          disabled={users === null}
          onChange={set('user')}
        >
          <option value="">{t('audit.all')}</option>
          {users?.map((user) => (
            <option key={user.id} value={String(user.id)}>
              {user.username} – {user.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-action`}>
          {t('audit.action')}
        </label>
        <select id={`${id}-action`} value={draft.action} onChange={set('action')}>
          <option value="">{t('audit.all')}</option>
          {auditActionKeys.map((key) => (
            <option key={key} value={key}>
              {t(`auditAction.${key}`)}
            </option>
          ))}
        </select>
      </div>
      {dayField('from')}
      {dayField('to')}
      <div className="filter-actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(noFilters);
            setBadDays({ from: false, to: false });
            onApply(noFilters);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
