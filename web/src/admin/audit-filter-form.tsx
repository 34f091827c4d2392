import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { DateField } from '../ui/form/date-field';
import { focusFirstInvalid } from '../ui/form/invalid-field';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { TextField } from '../ui/form/text-field';
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
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof AuditFilters) => (value: string) => setDraft({ ...draft, [key]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (focusFirstInvalid(event.currentTarget)) return;
    onApply({ ...draft, entityId: draft.entityId.trim() });
  }

  return (
    <form className="filters" aria-label={t('audit.filters')} onSubmit={submit}>
      <SelectField label={t('audit.entity')} value={draft.entity} onChange={set('entity')}>
        <option value="">{t('audit.all')}</option>
        <Options values={auditEntityKeys} label={(key) => t(`auditEntity.${key}`)} />
      </SelectField>
      <TextField
        label={t('audit.entityId')}
        value={draft.entityId}
        inputMode="numeric"
        autoComplete="off"
        onChange={set('entityId')}
      />
      <SelectField
        label={t('audit.user')}
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
      </SelectField>
      <SelectField label={t('audit.action')} value={draft.action} onChange={set('action')}>
        <option value="">{t('audit.all')}</option>
        <Options values={auditActionKeys} label={(key) => t(`auditAction.${key}`)} />
      </SelectField>
      <DateField label={t('audit.from')} value={draft.from} onChange={set('from')} />
      <DateField label={t('audit.to')} value={draft.to} onChange={set('to')} />
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
