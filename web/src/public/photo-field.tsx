import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../i18n/format';
import { addPhotos, maxFileBytes, type PhotoProblem, publicPhotos } from './photo-checks';

interface PhotoFieldProps {
  files: File[];
  problems: PhotoProblem[];
  onChange: (files: File[], problems: PhotoProblem[]) => void;
}

const megabytes = Math.round(maxFileBytes / 1048576);

/** "350 KB", "2,4 MB": a photo's size as a phone shows it. */

/** Optional photos or PDFs, checked here for type, size and count before anything is sent. */
export function PhotoField({ files, problems, onChange }: PhotoFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const problemText = (p: PhotoProblem) =>
    p.kind === 'too-many'
      ? t('publicTip.photoTooMany', { count: p.max })
      : p.kind === 'too-big'
        ? t('publicTip.photoTooBig', { name: p.name, size: p.sizeMb, mb: megabytes })
        : t('publicTip.photoWrongType', { name: p.name });

  return (
    <fieldset className="public-fieldset">
      <legend>{t('publicTip.photos')}</legend>
      <p className="muted public-hint" id={`${id}-hint`}>
        {t('publicTip.photosHint', { count: publicPhotos.maxFiles, mb: megabytes })}
      </p>
      {files.length > 0 && (
        <ul className="public-files">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              <span className="public-file-name">{file.name}</span>
              <span className="muted">{formatFileSize(file.size)}</span>
              <button
                type="button"
                className="public-file-remove"
                aria-label={t('publicTip.photoRemove', { name: file.name })}
                onClick={() =>
                  onChange(
                    files.filter((_, i) => i !== index),
                    [],
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="button button-secondary public-file-button" htmlFor={id}>
        {t('publicTip.photosAdd')}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden"
        type="file"
        accept={publicPhotos.accept}
        multiple
        aria-describedby={`${id}-hint ${id}-problems`}
        disabled={files.length >= publicPhotos.maxFiles}
        onChange={(event) => {
          const added = [...(event.currentTarget.files ?? [])];
          const result = addPhotos(files, added, publicPhotos.types, publicPhotos.maxFiles);
          onChange(result.files, result.problems);
          // The same file may be chosen again after removing it.
          if (inputRef.current) inputRef.current.value = '';
        }}
      />
      <div id={`${id}-problems`} role="alert">
        {problems.map((p) => (
          <p key={problemText(p)} className="form-error">
            {problemText(p)}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
