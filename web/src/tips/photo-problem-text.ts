import type { TFunction } from 'i18next';
import type { PhotoProblem } from '../public/photo-checks';

/** A refused file, said as staff read it (the checks are the public form's own). */
export function photoProblemText(t: TFunction, problem: PhotoProblem): string {
  switch (problem.kind) {
    case 'too-many':
      return t('tipFiles.tooMany', { count: problem.max });
    case 'too-big':
      return t('tipFiles.tooBig', { name: problem.name });
    case 'wrong-type':
      return t('tipFiles.wrongType', { name: problem.name });
  }
}
