import type { TFunction } from 'i18next';
import { maxFileMegabytes, type PhotoProblem } from './photo-checks';

/**
 * Where a form's three photo messages stand in the catalogue (`tooMany`, `tooBig`, `wrongType`):
 * each form words them for its own reader and its own limits.
 */
export type PhotoProblemMessages = 'tipFiles' | 'inspections.photos' | 'publicTip.photoProblems';

/** A refused file, said as the form's reader reads it. */
export function photoProblemText(
  t: TFunction,
  problem: PhotoProblem,
  messages: PhotoProblemMessages,
): string {
  switch (problem.kind) {
    case 'too-many':
      return t(`${messages}.tooMany`, { count: problem.max });
    case 'too-big':
      return t(`${messages}.tooBig`, {
        name: problem.name,
        size: problem.sizeMb,
        mb: maxFileMegabytes,
      });
    case 'wrong-type':
      return t(`${messages}.wrongType`, { name: problem.name });
  }
}
