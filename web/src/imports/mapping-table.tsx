import type { ColumnMapping, ImportKind } from '@ntm/api/imports/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../ui/column-heads';
import { Options } from '../ui/form/options';
import { type MappingField, mappingLines, unusedColumns, withColumn } from './mapping-editor';

interface MappingTableProps {
  kind: ImportKind;
  columns: readonly string[];
  mapping: ColumnMapping;
  suggested: ColumnMapping;
  busy: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

/** Field in Vietnamese ← column of the file, one select each; a change is sent at once. */
export function MappingTable(props: MappingTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const lines = mappingLines(props.kind, props.mapping, props.suggested);
  const unused = unusedColumns(props.columns, props.mapping);
  const label = (field: MappingField) =>
    field === 'name' && props.kind === 'registry'
      ? t('imports.registryName')
      : t(`imports.fields.${field}`);
  return (
    <section className="import-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('imports.check.mappingTitle')}</h3>
      <p className="muted">{t('imports.check.mappingIntro')}</p>
      <table className="data-table import-mapping">
        <ColumnHeads columns={[t('imports.check.field'), t('imports.check.column')]} />
        <tbody>
          {lines.map((line) => (
            <tr key={line.field} className={line.edited ? 'is-edited' : undefined}>
              <th scope="row">
                <label htmlFor={`${id}-${line.field}`}>{label(line.field)}</label>
              </th>
              <td>
                <span className="import-mapping-arrow" aria-hidden="true">
                  ←{' '}
                </span>
                <select
                  id={`${id}-${line.field}`}
                  value={line.column ?? ''}
                  disabled={props.busy}
                  aria-describedby={`${id}-${line.field}-note`}
                  onChange={(event) =>
                    props.onChange(
                      withColumn(props.mapping, line.field, event.target.value || null),
                    )
                  }
                >
                  <option value="">{t('imports.check.notImported')}</option>
                  <Options values={props.columns} />
                </select>{' '}
                <span id={`${id}-${line.field}-note`} className="field-hint">
                  {line.edited
                    ? t('imports.check.changedBySuggestion', {
                        column: line.suggested ?? t('imports.check.notImported'),
                      })
                    : line.column
                      ? t('imports.check.suggested')
                      : ''}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 && (
        <p className="field-hint">{t('imports.check.unused', { columns: unused.join(', ') })}</p>
      )}
    </section>
  );
}
