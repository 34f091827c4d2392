import { useTranslation } from 'react-i18next';
import { ChosenFiles } from '../ui/form/chosen-files';
import { FileField } from '../ui/form/file-field';
import { addPhotos, maxFileMegabytes, type PhotoProblem, publicPhotos } from './photo-checks';
import { photoProblemText } from './photo-problem-text';

interface PhotoFieldProps {
  files: File[];
  problems: PhotoProblem[];
  onChange: (files: File[], problems: PhotoProblem[]) => void;
}

/** Optional photos or PDFs, checked here for type, size and count before anything is sent. */
export function PhotoField({ files, problems, onChange }: PhotoFieldProps) {
  const { t } = useTranslation();

  return (
    <FileField
      className="public-fieldset"
      buttonClassName="public-file-button"
      legend={t('publicTip.photos')}
      hint={t('publicTip.photosHint', { count: publicPhotos.maxFiles, mb: maxFileMegabytes })}
      addLabel={t('publicTip.photosAdd')}
      accept={publicPhotos.accept}
      multiple
      disabled={files.length >= publicPhotos.maxFiles}
      problems={problems.map((p) => photoProblemText(t, p, 'publicTip.photoProblems'))}
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
