import type { ColumnMapping, ImportPreview } from '@ntm/api/imports/contract';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import { Spinner } from '../ui/load-status';
import { CrsCheck } from './crs-check';
import { EncodingCheck } from './encoding-check';
import { MappingTable } from './mapping-table';

export type PreviewChange = { mapping?: ColumnMapping; crs?: number };

interface CheckStepProps {
  preview: ImportPreview;
  busy: boolean;
  error: string | null;
  onChange: (change: PreviewChange) => void;
  onNext: () => void;
  onRestart: () => void;
}

/** Step 2: what the server found in the file, for the user to confirm or correct. */
export function CheckStep({ preview, busy, error, onChange, onNext, onRestart }: CheckStepProps) {
  const { t } = useTranslation();
  const { counts } = preview;
  const rows = counts.new + counts.update + counts.unchanged + counts.refused;
  return (
    <div className="import-step import-check" aria-busy={busy}>
      <h2>{t('imports.check.title', { name: preview.fileName })}</h2>
      <p className="import-summary" aria-live="polite">
        {t('imports.check.summary', {
          rows: formatInteger(rows),
          new: formatInteger(counts.new),
          update: formatInteger(counts.update),
          unchanged: formatInteger(counts.unchanged),
          refused: formatInteger(counts.refused),
        })}
      </p>
      {preview.notes.length > 0 && (
        <ul className="import-notes" aria-label={t('imports.check.notes')}>
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {preview.gaps && preview.gaps.length > 0 && (
        <p className="warning" role="note">
          {t('imports.check.gaps', {
            n: formatInteger(preview.gaps.length),
            largest: formatInteger(Math.round(Math.max(...preview.gaps.map((g) => g.areaM2)))),
          })}
        </p>
      )}
      <div className="import-check-grid">
        <CrsCheck
          key={`${preview.crs.epsg}`}
          crs={preview.crs}
          busy={busy}
          onChoose={(crs) => onChange({ crs })}
        />
        <EncodingCheck encoding={preview.encoding} />
      </div>
      <MappingTable
        kind={preview.kind}
        columns={preview.columns}
        mapping={preview.mapping}
        suggested={preview.suggestedMapping}
        busy={busy}
        onChange={(mapping) => onChange({ mapping })}
      />
      {busy && <Spinner text={t('imports.check.recomputing')} />}
      {error && (
        <p className="form-problem" role="alert">
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('imports.check.restart')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onNext}>
          {t('imports.check.toPreview')}
        </button>
      </div>
    </div>
  );
}
