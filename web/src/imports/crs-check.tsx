import { findCrs, supportedCrs } from '@ntm/api/geo/crs';
import type { CrsGuess } from '@ntm/api/imports/contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CrsCheckProps {
  crs: CrsGuess;
  busy: boolean;
  onChoose: (epsg: number) => void;
}

/** The coordinate system found and why, with a picker to confirm or change it. */
export function CrsCheck({ crs, busy, onChoose }: CrsCheckProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<number | null>(crs.epsg);
  const found = crs.epsg === null ? null : findCrs(crs.epsg);
  const headline = found
    ? t('imports.check.crsFound', { label: found.label })
    : crs.source === 'none'
      ? t('imports.check.crsNone')
      : t('imports.check.crsUnknown');
  return (
    <section className="import-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('imports.check.crsTitle')}</h3>
      <p className={found || crs.source === 'none' ? undefined : 'warning'}>
        <strong>{headline}</strong>
      </p>
      {crs.note && <p className="muted">{t('imports.check.crsWhy', { note: crs.note })}</p>}
      {crs.swappedLatLng && (
        <p className="warning" role="note">
          {t('imports.check.swapped')}
        </p>
      )}
      <div className="import-crs-pick">
        <label className="form-field" htmlFor={`${id}-crs`}>
          <span className="field-label">{t('imports.check.crsPick')}</span>
          <select
            id={`${id}-crs`}
            value={chosen ?? ''}
            disabled={busy}
            onChange={(event) => setChosen(event.target.value ? Number(event.target.value) : null)}
          >
            {chosen === null && <option value="">{t('imports.check.crsNoneOption')}</option>}
            {supportedCrs.map((c) => (
              <option key={c.epsg} value={c.epsg}>
                {c.label} (EPSG:{c.epsg})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy || chosen === null || chosen === crs.epsg}
          onClick={() => chosen !== null && onChoose(chosen)}
        >
          {t('imports.check.crsApply')}
        </button>
      </div>
    </section>
  );
}
