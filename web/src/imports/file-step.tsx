import type { ImportKind } from '@ntm/api/imports/contract';
import { type DragEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatFileSize } from '../i18n/format';
import { DateField } from '../ui/form/date-field';
import { Options } from '../ui/form/options';
import { isBoundaryKind } from './import-kinds';
import type { WizardState } from './import-wizard';
import { formatUploadMegabytes, formatUploadPercent, uploadShare } from './upload-progress';

/** What the file button offers; the API decides by the bytes, not by these endings. */
const acceptedEndings = '.xlsx,.xls,.csv,.txt,.zip,.kml,.kmz,.geojson,.json,.gpkg';

export type FileChoice = { file: File; kind: ImportKind; validFrom: string | null };

interface FileStepProps {
  kinds: readonly ImportKind[];
  today: string;
  state: Extract<WizardState, { step: 'choose' }>;
  onUpload: (choice: FileChoice) => void;
}

/** Step 1: the kind of data, the date new boundaries count from, and the file (drop or pick). */
export function FileStep({ kinds, today, state, onUpload }: FileStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>(kinds[0] as ImportKind);
  const [validFrom, setValidFrom] = useState(today);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const sending = state.sending;
  const boundary = isBoundaryKind(kind);

  function take(files: FileList | null) {
    const next = files?.[0];
    if (!next) return;
    setFile(next);
    setProblem(null);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!sending) take(event.dataTransfer.files);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setProblem(t('imports.choose.noFile'));
    onUpload({ file, kind, validFrom: boundary ? validFrom : null });
  }

  const message = problem ?? state.error;
  return (
    <form className="import-step import-choose" onSubmit={submit} noValidate>
      <div className="import-choose-fields">
        <label className="form-field" htmlFor={`${id}-kind`}>
          <span className="field-label">{t('imports.choose.kind')}</span>
          <select
            id={`${id}-kind`}
            value={kind}
            disabled={sending !== null}
            onChange={(event) => setKind(event.target.value as ImportKind)}
          >
            <Options values={kinds} label={(k) => t(`imports.kinds.${k}`)} />
          </select>
        </label>
        {boundary && (
          <DateField
            label={t('imports.choose.validFrom')}
            value={validFrom}
            required
            disabled={sending !== null}
            hint={
              <>
                {validFrom && (
                  <strong>
                    {t('imports.choose.validFromShown', { date: formatCalendarDate(validFrom) })}.{' '}
                  </strong>
                )}
                {t('imports.choose.validFromHint')}
              </>
            }
            onChange={setValidFrom}
          />
        )}
      </div>
      <section
        className={`import-drop${dragging ? ' is-dragging' : ''}`}
        aria-labelledby={`${id}-drop`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p id={`${id}-drop`} className="import-drop-title">
          <span aria-hidden="true">⇪ </span>
          {t('imports.choose.drop')}
        </p>
        <p className="muted">{t('imports.choose.or')}</p>
        <button
          type="button"
          className="button button-secondary"
          disabled={sending !== null}
          onClick={() => input.current?.click()}
        >
          {t('imports.choose.pick')}
        </button>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept={acceptedEndings}
          hidden
          onChange={(event) => take(event.target.files)}
        />
        <p className="field-hint import-accepted">{t('imports.choose.accepted')}</p>
        {file && (
          <p className="import-chosen">
            {t('imports.choose.chosen', { name: file.name, size: formatFileSize(file.size) })}
          </p>
        )}
      </section>
      {sending && <SendingProgress sending={sending} />}
      {message && (
        <p className="form-problem" role="alert">
          {message}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="button" disabled={sending !== null}>
          {t('imports.choose.send')}
        </button>
      </div>
    </form>
  );
}

function SendingProgress({ sending }: { sending: NonNullable<FileStepProps['state']['sending']> }) {
  const { t } = useTranslation();
  if (sending.phase === 'reading') {
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <div>
          <strong>{t('imports.choose.reading')}</strong>
          <p className="muted">{t('imports.choose.readingHint')}</p>
        </div>
      </div>
    );
  }
  const share = uploadShare(sending.progress);
  const percent = formatUploadPercent(sending.progress);
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-text">
        <strong>{t('imports.choose.uploading')}</strong>
        <progress max={1} value={share ?? undefined} aria-label={t('imports.choose.uploadLabel')} />
        <span>
          {percent && `${percent} · `}
          {formatUploadMegabytes(sending.progress)}
        </span>
      </div>
    </div>
  );
}
