import { type ExportLayer, exportLayerNames } from '@ntm/api/exports/export-formats';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './export-dialog';

/**
 * A small "Xuất" button beside a layer (or one named after the layer, `named`); it opens the
 * layer's export picker.
 */
export function ExportButton({
  layer,
  label,
  named = false,
}: {
  layer: ExportLayer;
  label?: string;
  named?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const name = label ?? exportLayerNames[layer];
  return (
    <>
      <button
        type="button"
        className="export-button"
        aria-label={t('exports.buttonLabel', { layer: name })}
        title={t('exports.buttonLabel', { layer: name })}
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path
            d="M7 1h2v7.6l2.6-2.6L13 7.4 8 12.4 3 7.4 4.4 6 7 8.6ZM2 13h12v2H2Z"
            fill="currentColor"
          />
        </svg>
        {named ? name : t('exports.button')}
      </button>
      {open && <ExportDialog layer={layer} layerName={name} onClose={() => setOpen(false)} />}
    </>
  );
}
