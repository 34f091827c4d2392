import { type ImportCounts, type RowVerdict, rowVerdicts } from '@ntm/api/imports/contract';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import { VerdictDot } from './verdict-dot';

interface VerdictChipsProps {
  counts: ImportCounts;
  value: RowVerdict | null;
  onChange: (verdict: RowVerdict | null) => void;
}

/** Counts by verdict as filter chips; "new" says how many of them have no position yet. */
export function VerdictChips({ counts, value, onChange }: VerdictChipsProps) {
  const { t } = useTranslation();
  const total = rowVerdicts.reduce((sum, v) => sum + counts[v], 0);
  return (
    <fieldset className="import-chips">
      <legend className="visually-hidden">{t('imports.preview.filter')}</legend>
      <button
        type="button"
        className="import-chip"
        aria-pressed={value === null}
        onClick={() => onChange(null)}
      >
        {t('imports.verdicts.all')} <strong>{formatInteger(total)}</strong>
      </button>
      {rowVerdicts.map((verdict) => (
        <button
          key={verdict}
          type="button"
          className={`import-chip import-chip-${verdict}`}
          aria-pressed={value === verdict}
          data-verdict={verdict}
          onClick={() => onChange(verdict)}
        >
          <VerdictDot verdict={verdict} />
          {t(`imports.verdicts.${verdict}`)} <strong>{formatInteger(counts[verdict])}</strong>
          {verdict === 'new' && counts.unplaced > 0 && (
            <span className="muted">
              {' '}
              ({t('imports.verdicts.unplaced', { n: formatInteger(counts.unplaced) })})
            </span>
          )}
        </button>
      ))}
    </fieldset>
  );
}
