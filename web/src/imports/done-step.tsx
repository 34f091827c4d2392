import type { ImportPreview } from '@ntm/api/imports/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { ColumnHeads } from '../ui/column-heads';
import { doneSentence } from './commit-summary';
import { isBoundaryKind } from './import-kinds';

/** Step 4's result: what was written, a link to the map, and for boundaries who moved village. */
export function DoneStep({
  preview,
  onRestart,
}: {
  preview: ImportPreview;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const moved = preview.moved ?? [];
  return (
    <div className="import-step import-done">
      <div className="notice notice-done" role="status">
        <h2>{t('imports.done.title')}</h2>
        <p>{doneSentence(t, preview)}</p>
      </div>
      {isBoundaryKind(preview.kind) && (
        <section aria-labelledby={`${id}-moved`}>
          <h3 id={`${id}-moved`}>{t('imports.done.movedTitle')}</h3>
          {moved.length === 0 ? (
            <p className="muted">{t('imports.done.movedNone')}</p>
          ) : (
            <table className="data-table cards-on-phone import-moved">
              <ColumnHeads
                columns={[t('imports.done.business'), t('imports.done.from'), t('imports.done.to')]}
              />
              <tbody>
                {moved.map((m) => (
                  <tr key={m.businessId}>
                    <td className="card-title">{m.name}</td>
                    <td data-label={t('imports.done.from')}>{m.fromVillage}</td>
                    <td data-label={t('imports.done.to')}>{m.toVillage}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <div className="form-buttons">
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('imports.done.another')}
        </button>
        <Link to="/" className="button">
          {t('imports.done.toMap')}
        </Link>
      </div>
    </div>
  );
}
