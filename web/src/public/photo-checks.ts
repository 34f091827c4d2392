import { maxFileBytes, maxFilesPerRequest } from '@ntm/api/attachments/limits';

// The form's own check of the photos before sending, so a citizen on a slow connection learns
// at once what the server would refuse after the upload. The server still checks the bytes.

export { maxFileBytes, maxFilesPerRequest };

const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const acceptedExtensions = /\.(jpe?g|png|webp|pdf)$/i;
/** For the file picker's `accept`: what the server takes. */
export const acceptAttribute = acceptedTypes.join(',');

export type PhotoProblem =
  | { kind: 'too-many'; max: number }
  | { kind: 'too-big'; name: string; sizeMb: number }
  | { kind: 'wrong-type'; name: string };

/** The files kept after adding `added` to `current`, and what was refused and why. */
export function addPhotos(
  current: readonly File[],
  added: readonly File[],
): { files: File[]; problems: PhotoProblem[] } {
  const files = [...current];
  const problems: PhotoProblem[] = [];
  for (const file of added) {
    const typeKnown = file.type
      ? acceptedTypes.includes(file.type)
      : acceptedExtensions.test(file.name);
    if (!typeKnown) problems.push({ kind: 'wrong-type', name: file.name });
    else if (file.size > maxFileBytes) {
      problems.push({
        kind: 'too-big',
        name: file.name,
        sizeMb: Math.ceil((file.size / 1048576) * 10) / 10,
      });
    } else if (files.length >= maxFilesPerRequest) {
      if (!problems.some((p) => p.kind === 'too-many'))
        problems.push({ kind: 'too-many', max: maxFilesPerRequest });
    } else files.push(file);
  }
  return { files, problems };
}
