import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../i18n/format';
import { maxFileBytes, maxFilesPerRequest, type PhotoProblem } from '../public/photo-checks';
import { FileField } from '../ui/form/file-field';
import { addFieldPhotos, type FieldPhoto } from './field-photos';

interface PhotoFieldsetProps {
  photos: FieldPhoto[];
  onChange: (photos: FieldPhoto[]) => void;
}

const megabytes = Math.round(maxFileBytes / 1048576);

/**
 * "Ảnh": photos taken with the phone's camera (or chosen), checked here for type, size and
 * count, kept with the record. A photo the server already has stays and cannot be removed.
 */
export function PhotoFieldset({ photos, onChange }: PhotoFieldsetProps) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<PhotoProblem[]>([]);

  const problemText = (p: PhotoProblem) =>
    p.kind === 'too-many'
      ? t('inspections.photos.tooMany', { count: p.max })
      : p.kind === 'too-big'
        ? t('inspections.photos.tooBig', { name: p.name, size: p.sizeMb, mb: megabytes })
        : t('inspections.photos.wrongType', { name: p.name });

  return (
    <FileField
      className="choice-group photo-fieldset"
      buttonClassName="photo-add"
      legend={t('inspections.photos.legend')}
      hint={t('inspections.photos.hint', { count: maxFilesPerRequest, mb: megabytes })}
      addLabel={t('inspections.photos.add')}
      accept="image/*"
      capture="environment"
      multiple
      disabled={photos.length >= maxFilesPerRequest}
      problems={problems.map(problemText)}
      onAdd={(added) => {
        const result = addFieldPhotos(photos, added);
        setProblems(result.problems);
        onChange(result.photos);
      }}
    >
      {photos.length > 0 && (
        <ul className="stack-list">
          {photos.map((photo) => (
            <li key={photo.key} className="photo-item" data-photo-sent={photo.sentAs !== null}>
              <span className="photo-name">{photo.file.name}</span>
              <span className="muted">
                {formatFileSize(photo.file.size)}
                {photo.sentAs !== null && ` · ${t('inspections.photos.sent')}`}
              </span>
              {photo.sentAs === null && (
                <button
                  type="button"
                  className="button button-secondary photo-remove"
                  aria-label={t('inspections.photos.remove', { name: photo.file.name })}
                  onClick={() => {
                    setProblems([]);
                    onChange(photos.filter((p) => p.key !== photo.key));
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </FileField>
  );
}
