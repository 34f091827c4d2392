import type { PreviewRow } from '@ntm/api/imports/contract';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import { verdictColors } from '../theme/import-colors';
import { ColumnHeads } from '../ui/column-heads';
import type { MappingField } from './mapping-editor';
import { VerdictDot } from './verdict-dot';

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  selected: number | null;
  onSelect: (row: PreviewRow) => void;
}

/** The preview's rows (a page of them): cards on a phone. A row with a position flies the map there. */
export function PreviewTable({ rows, selected, onSelect }: PreviewTableProps) {
  const { t } = useTranslation();
  // Changed fields are the mapping's, plus the shape or position itself.
  const fieldName = (field: string) =>
    t(`imports.fields.${field as MappingField | 'geometry' | 'position'}`, { defaultValue: field });
  if (rows.length === 0) return <p className="empty-state">{t('imports.preview.empty')}</p>;
  return (
    <table
      className="data-table cards-on-phone import-rows"
      aria-label={t('imports.preview.tableLabel')}
    >
      <ColumnHeads
        columns={[
          t('imports.preview.row'),
          t('imports.preview.verdict'),
          t('imports.preview.name'),
          t('imports.preview.changed'),
          t('imports.preview.reasons'),
        ]}
      />
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.rowNumber}
            data-row={row.rowNumber}
            data-verdict={row.verdict}
            className={row.rowNumber === selected ? 'is-selected' : undefined}
          >
            <td data-label={t('imports.preview.row')} className="nowrap">
              {formatInteger(row.rowNumber)}
            </td>
            <td data-label={t('imports.preview.verdict')} className="nowrap">
              <span className="import-verdict" style={{ color: verdictColors[row.verdict] }}>
                <VerdictDot verdict={row.verdict} />
                {t(`imports.verdicts.${row.verdict}`)}
              </span>
            </td>
            <td data-label={t('imports.preview.name')} className="card-title">
              {row.position ? (
                <button
                  type="button"
                  className="text-link import-row-link"
                  aria-label={`${row.name ?? '—'}. ${t('imports.preview.showOnMap', { row: row.rowNumber })}`}
                  onClick={() => onSelect(row)}
                >
                  {row.name ?? '—'}
                </button>
              ) : (
                <>
                  {row.name ?? '—'}{' '}
                  <span className="muted">({t('imports.preview.noPosition')})</span>
                </>
              )}
            </td>
            <td
              data-label={t('imports.preview.changed')}
              className={row.changed.length === 0 ? 'is-empty' : undefined}
            >
              {row.changed.map(fieldName).join(', ')}
            </td>
            <td
              data-label={t('imports.preview.reasons')}
              className={row.problems.length === 0 ? 'is-empty' : undefined}
            >
              {row.problems.length > 0 && (
                <ul className="import-reasons">
                  {row.problems.map((problem) => (
                    <li key={`${problem.code}-${problem.field ?? ''}`}>{problem.message}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
