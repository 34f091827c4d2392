import {
  type ExportFormat,
  type ExportLayer,
  exportFormatLabels,
  exportFormats,
  tableFormats,
} from '@ntm/api/exports/export-formats';
import { supportedCrs } from '@ntm/api/geo/crs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { formatFileSize } from '../i18n/format';
import { FormProblem } from '../ui/form/form-actions';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { Modal } from '../ui/modal';
import { ModalActions } from '../ui/modal-actions';
import { downloadExport, type ExportProgress } from './download-export';
import { choicePath, defaultChoice, type ExportChoice, projectedCrs } from './export-choice';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; name: string; size: number }
  | { kind: 'failed'; message: string };

/** The picker of one layer's export: format, system, X/Y columns; the download's progress. */
export function ExportDialog({
  layer,
  layerName,
  onClose,
}: {
  layer: ExportLayer;
  layerName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>(defaultChoice);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const kml = choice.format === 'kml' || choice.format === 'kmz';
  const table = tableFormats.includes(choice.format);
  const running = state.kind === 'running';

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'running', progress: null });
    try {
      const file = await downloadExport(
        choicePath(layer, choice),
        (progress) => setState({ kind: 'running', progress }),
        controller.signal,
      );
      setState({ kind: 'done', ...file });
    } catch (error) {
      if (controller.signal.aborted) return setState({ kind: 'idle' });
      setState({
        kind: 'failed',
        message:
          error instanceof ApiError && error.kind === 'http'
            ? error.refused
              ? t('exports.failed', { message: error.message })
              : t('exports.failedUnknown', { status: error.status })
            : t('exports.offline'),
      });
    }
  };

  return (
    <Modal
      title={t('exports.title', { layer: layerName })}
      onDismiss={running ? undefined : onClose}
    >
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <SelectField
          label={t('exports.format')}
          value={choice.format}
          disabled={running}
          onChange={(format) => setChoice({ ...choice, format: format as ExportFormat })}
        >
          <Options values={exportFormats} label={(format) => exportFormatLabels[format]} />
        </SelectField>
        <SelectField
          label={t('exports.crs')}
          value={kml ? 4326 : choice.crs}
          disabled={running || kml}
          hint={kml ? t('exports.kmlWgs84') : undefined}
          onChange={(crs) => setChoice({ ...choice, crs: Number(crs) })}
        >
          {supportedCrs.map((crs) => (
            <option key={crs.epsg} value={crs.epsg}>
              {crs.label} — EPSG:{crs.epsg}
            </option>
          ))}
        </SelectField>
        {table && (
          <SelectField
            label={t('exports.xy')}
            value={choice.xy ?? ''}
            disabled={running}
            hint={t('exports.xyHint')}
            onChange={(xy) => setChoice({ ...choice, xy: xy ? Number(xy) : null })}
          >
            <option value="">{t('exports.xyNone')}</option>
            {projectedCrs.map((crs) => (
              <option key={crs.epsg} value={crs.epsg}>
                {crs.label}
              </option>
            ))}
          </SelectField>
        )}
        <p className="export-hint">{t('exports.privacy')}</p>
        <div role="status" aria-live="polite" className="export-status">
          {state.kind === 'running' && (
            <>
              <progress
                max={state.progress?.total ?? undefined}
                value={state.progress?.total ? state.progress.received : undefined}
              />
              <span>
                {!state.progress || state.progress.received === 0
                  ? t('exports.preparing')
                  : state.progress.total
                    ? t('exports.receivedOf', {
                        size: formatFileSize(state.progress.received),
                        total: formatFileSize(state.progress.total),
                      })
                    : t('exports.received', { size: formatFileSize(state.progress.received) })}
              </span>
            </>
          )}
          {state.kind === 'done' && (
            <span>{t('exports.done', { name: state.name, size: formatFileSize(state.size) })}</span>
          )}
        </div>
        <FormProblem text={state.kind === 'failed' ? state.message : null} />
        {/* While the file downloads the first button stops it; after, it closes the dialog. */}
        <ModalActions
          onCancel={running ? () => abort.current?.abort() : onClose}
          cancelLabel={t(running ? 'exports.cancel' : 'exports.close')}
        >
          <button type="submit" className="button" disabled={running}>
            {t('exports.download')}
          </button>
        </ModalActions>
      </form>
    </Modal>
  );
}
