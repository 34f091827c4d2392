import { maxFileBytes, maxFilesPerRequest, publicUploadLimits } from '@ntm/api/attachments/limits';

// The form's own check of the photos before sending, so a citizen on a slow connection learns
// at once what the server would refuse after the upload. The server still checks the bytes.

export { maxFileBytes, maxFilesPerRequest };
/** The largest file the server takes, in whole megabytes, as the forms' hints say it. */
export const maxFileMegabytes = Math.round(maxFileBytes / 1048576);

const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
// For a file the browser gives no type (some Android pickers): its name's ending.
const extensions: Record<string, RegExp> = {
  'image/jpeg': /\.jpe?g$/i,
  'image/png': /\.png$/i,
  'image/webp': /\.webp$/i,
  'application/pdf': /\.pdf$/i,
};
/** Photos only (an inspection's pictures taken at the door). */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'];
/** For the file picker's `accept`: what the server takes. */
export const acceptAttribute = acceptedTypes.join(',');
/** The public form: photos only, and fewer of them (no session behind the request). */
export const publicPhotos = {
  types: imageTypes,
  accept: imageTypes.join(','),
  maxFiles: publicUploadLimits.maxFiles,
};

export type PhotoProblem =
  | { kind: 'too-many'; max: number }
  | { kind: 'too-big'; name: string; sizeMb: number }
  | { kind: 'wrong-type'; name: string };

/**
 * The files kept after adding `added` to `current`, and what was refused and why; `types` are
 * the media types taken (by default everything the server takes), `maxFiles` how many in all.
 */
export function addPhotos(
  current: readonly File[],
  added: readonly File[],
  types: readonly string[] = acceptedTypes,
  maxFiles = maxFilesPerRequest,
): { files: File[]; problems: PhotoProblem[] } {
  const files = [...current];
  const problems: PhotoProblem[] = [];
  for (const file of added) {
    const typeKnown = file.type
      ? types.includes(file.type)
      : types.some((type) => extensions[type]?.test(file.name));
    if (!typeKnown) problems.push({ kind: 'wrong-type', name: file.name });
    else if (file.size > maxFileBytes) {
      problems.push({
        kind: 'too-big',
        name: file.name,
        sizeMb: Math.ceil((file.size / 1048576) * 10) / 10,
      });
    } else if (files.length >= maxFiles) {
      if (!problems.some((p) => p.kind === 'too-many'))
        problems.push({ kind: 'too-many', max: maxFiles });
    } else files.push(file);
  }
  return { files, problems };
}
