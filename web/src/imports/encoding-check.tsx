import type { ImportPreview } from '@ntm/api/imports/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../ui/column-heads';

/** The text encoding found; legacy text (TCVN3, VNI, Windows-1258) shown before and after. */
export function EncodingCheck({ encoding }: { encoding: ImportPreview['encoding'] }) {
  const { t } = useTranslation();
  const id = useId();
  const converted = encoding.detected !== 'utf-8' || encoding.samples.length > 0;
  return (
    <section className="import-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('imports.check.encodingTitle')}</h3>
      {converted ? (
        <>
          <p>
            {t('imports.check.encodingConverted', {
              name: t(`imports.check.encodingNames.${encoding.detected}`),
            })}
          </p>
          <table className="data-table import-samples">
            <ColumnHeads columns={[t('imports.check.before'), t('imports.check.after')]} />
            <tbody>
              {encoding.samples.map((sample) => (
                <tr key={`${sample.before}→${sample.after}`}>
                  <td>
                    <code>{sample.before}</code>
                  </td>
                  <td>
                    <span aria-hidden="true">→ </span>
                    {sample.after}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t('imports.check.encodingUtf8')}</p>
      )}
    </section>
  );
}
