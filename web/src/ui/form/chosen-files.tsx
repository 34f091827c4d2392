import './chosen-files.css';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../i18n/format';

/**
 * The files chosen so far in a FileField, with their size and a button that takes one out
 * again; nothing is shown before the first.
 */
export function ChosenFiles({
  files,
  onRemove,
}: {
  files: readonly File[];
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="chosen-files">
      {files.map((file, index) => (
        <li key={`${file.name}-${index}`}>
          <span className="chosen-file-name">{file.name}</span>
          <span className="muted">{formatFileSize(file.size)}</span>
          <button
            type="button"
            className="chosen-file-remove"
            aria-label={t('form.file.remove', { name: file.name })}
            onClick={() => onRemove(index)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
