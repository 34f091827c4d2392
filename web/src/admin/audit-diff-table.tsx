import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import { ColumnHeads } from '../ui/column-heads';
import { diffRows, type ShownValue, shownValue } from './audit-diff';
import { auditFieldKey, auditFieldKeys, isAuditEntity } from './audit-labels';

interface AuditDiffTableProps {
  entity: string;
  diff: unknown;
  /** Village names by id, to name a village head's village. */
  villageNames: ReadonlyMap<number, string>;
}

/** A key built from a checked code (audit-diff.ts only hands out codes the catalogue names). */
type CatalogueKey = ParseKeys;

/** What an entry changed, field by field: before and after. */
export function AuditDiffTable({ entity, diff, villageNames }: AuditDiffTableProps) {
  const { t } = useTranslation();
  const rows = diffRows(diff, auditFieldKeys);
  if (rows.length === 0) return <p className="muted">{t('audit.noDetails')}</p>;

  function fieldName(of: string, field: string): string {
    const key = auditFieldKey(of, field);
    return key === null ? field : t(key as CatalogueKey);
  }

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
      case 'label':
        return t(`${value.set}.${value.code}` as CatalogueKey);
      case 'ref':
        return t('audit.reference', {
          entity: isAuditEntity(value.entity) ? t(`auditEntity.${value.entity}`) : value.entity,
          id: value.id,
        });
      case 'village': {
        const name = villageNames.get(value.id);
        return name ? t('audit.village', { name }) : t('audit.villageId', { id: value.id });
      }
      case 'field-name':
        return fieldName(value.entity, value.field);
      case 'vnd':
        return t('audit.fineVnd', { amount: formatInteger(value.amount) });
      case 'reporter':
        return t(value.given ? 'audit.reporterGiven' : 'audit.reporterAnonymous');
      case 'team':
        return t('audit.team', { name: value.name, stops: value.stops.map(text).join(', ') });
      case 'password-reset':
        return t('audit.passwordReset');
      case 'list':
        return value.items.map(text).join(value.items.some((i) => i.kind === 'team') ? '; ' : ', ');
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
      <ColumnHeads columns={[t('audit.field'), t('audit.before'), t('audit.after')]} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{fieldName(entity, row.field)}</th>
            <td className="diff-before">{cell(shownValue(entity, row.field, row.before))}</td>
            <td className="diff-after">{cell(shownValue(entity, row.field, row.after))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
