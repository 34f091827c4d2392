import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../i18n/format';
import { maxFileMegabytes, maxFilesPerRequest, type PhotoProblem } from '../public/photo-checks';
import { photoProblemText } from '../public/photo-problem-text';
import { FileField } from '../ui/form/file-field';
import { addFieldPhotos, type FieldPhoto } from './field-photos';

interface PhotoFieldsetProps {
  photos: FieldPhoto[];
  onChange: (photos: FieldPhoto[]) => void;
}

/**
 * "Ảnh": photos taken with the phone's camera (or chosen), checked here for type, size and
 * count, kept with the record. A photo the server already has stays and cannot be removed.
 */
export function PhotoFieldset({ photos, onChange }: PhotoFieldsetProps) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<PhotoProblem[]>([]);

  return (
    <FileField
      className="choice-group photo-fieldset"
      buttonClassName="photo-add"
      legend={t('inspections.photos.legend')}
      hint={t('inspections.photos.hint', { count: maxFilesPerRequest, mb: maxFileMegabytes })}
      addLabel={t('inspections.photos.add')}
      accept="image/*"
      capture="environment"
      multiple
      disabled={photos.length >= maxFilesPerRequest}
      problems={problems.map((p) => photoProblemText(t, p, 'inspections.photos'))}
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
