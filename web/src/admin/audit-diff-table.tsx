import { useTranslation } from 'react-i18next';
import { diffRows, type ShownValue, shownValue } from './audit-diff';
import { auditFieldKeys, isAuditField } from './audit-labels';

interface AuditDiffTableProps {
  entity: string;
  diff: unknown;
  /** Village names by id, to name a village head's village. */
  villageNames: ReadonlyMap<number, string>;
}

/** What an entry changed, field by field: before and after. */
export function AuditDiffTable({ entity, diff, villageNames }: AuditDiffTableProps) {
  const { t } = useTranslation();
  const rows = diffRows(diff, auditFieldKeys);
  if (rows.length === 0) return <p className="muted">{t('audit.noDetails')}</p>;

  function text(value: ShownValue): string {
    switch (value.kind) {
      case 'absent':
        return t('audit.notRecorded');
      case 'hidden':
        return t('audit.hidden');
      case 'empty':
        return t('audit.empty');
      case 'yes-no':
        return t(value.value ? 'audit.yes' : 'audit.no');
      case 'role':
        return t(`roles.${value.role}`);
      case 'business-type':
        return t(`businessType.${value.value}`);
      case 'business-status':
        return t(`businessStatus.${value.value}`);
      case 'proposal-action':
        return t(`proposals.action.${value.value}`);
      case 'proposal-status':
        return t(`proposals.status.${value.value}`);
      case 'village': {
        const name = villageNames.get(value.id);
        return name ? t('audit.village', { name }) : t('audit.villageId', { id: value.id });
      }
      case 'password-reset':
        return t('audit.passwordReset');
      case 'text':
        return value.text;
    }
  }

  /** A hidden value reads as a note, not as data. */
  function cell(value: ShownValue) {
    return value.kind === 'hidden' ? <em className="muted">{text(value)}</em> : text(value);
  }

  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">
              {isAuditField(row.field) ? t(`auditField.${row.field}`) : row.field}
            </th>
            <td className="diff-before">{cell(shownValue(entity, row.field, row.before))}</td>
            <td className="diff-after">{cell(shownValue(entity, row.field, row.after))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
