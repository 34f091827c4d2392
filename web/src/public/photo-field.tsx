import { useTranslation } from 'react-i18next';
import { ChosenFiles } from '../ui/form/chosen-files';
import { FileField } from '../ui/form/file-field';
import { addPhotos, maxFileBytes, type PhotoProblem, publicPhotos } from './photo-checks';

interface PhotoFieldProps {
  files: File[];
  problems: PhotoProblem[];
  onChange: (files: File[], problems: PhotoProblem[]) => void;
}

const megabytes = Math.round(maxFileBytes / 1048576);

/** Optional photos or PDFs, checked here for type, size and count before anything is sent. */
export function PhotoField({ files, problems, onChange }: PhotoFieldProps) {
  const { t } = useTranslation();

  const problemText = (p: PhotoProblem) =>
    p.kind === 'too-many'
      ? t('publicTip.photoTooMany', { count: p.max })
      : p.kind === 'too-big'
        ? t('publicTip.photoTooBig', { name: p.name, size: p.sizeMb, mb: megabytes })
        : t('publicTip.photoWrongType', { name: p.name });

  return (
    <FileField
      className="public-fieldset"
      buttonClassName="public-file-button"
      legend={t('publicTip.photos')}
      hint={t('publicTip.photosHint', { count: publicPhotos.maxFiles, mb: megabytes })}
      addLabel={t('publicTip.photosAdd')}
      accept={publicPhotos.accept}
      multiple
      disabled={files.length >= publicPhotos.maxFiles}
      problems={problems.map(problemText)}
      onAdd={(added) => {
        const result = addPhotos(files, added, publicPhotos.types, publicPhotos.maxFiles);
        onChange(result.files, result.problems);
      }}
    >
      <ChosenFiles
        files={files}
        onRemove={(index) =>
          onChange(
            files.filter((_, i) => i !== index),
            [],
          )
        }
      />
    </FileField>
  );
}
