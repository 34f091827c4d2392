import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { type AuditFilters, noFilters } from './audit-filters';
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
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...draft, entityId: draft.entityId.trim() });
  }

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
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-from`}>
          {t('audit.from')}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onChange={set('from')}
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-to`}>
          {t('audit.to')}
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          onChange={set('to')}
        />
      </div>
      <div className="filter-actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(noFilters);
            onApply(noFilters);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
