import { ApiError } from '../lib/api-error';
import { cleanFileName } from './file-name';
import { maxFileBytes, maxFilesPerRequest } from './limits';
import { type AttachmentMediaType, sniffMediaType } from './media-type';

/** A file that passed every check, with its bytes in memory (10 MB at most). */
export type CheckedFile = {
  fileName: string;
  mediaType: AttachmentMediaType;
  bytes: Uint8Array;
};

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The `File`s among a multipart field's values (one value or many). */
export function filesOf(value: unknown): File[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is File => v instanceof File);
}

/**
 * Checks a request's files before anything is stored: at most 5 (413), each at most 10 MB
 * (413), each a JPEG, PNG, WebP or PDF by its first bytes (415), whatever type or name the
 * client claimed. One bad file refuses the whole request, so nothing is stored by halves.
 */
export async function checkUploads(files: readonly File[]): Promise<CheckedFile[]> {
  if (files.length > maxFilesPerRequest) {
    throw new ApiError(
      413,
      'too-many-files',
      `Chỉ gửi được tối đa ${maxFilesPerRequest} tệp mỗi lần`,
      { maxFiles: maxFilesPerRequest },
    );
  }
  const tooBig = files.findIndex((f) => f.size > maxFileBytes);
  if (tooBig !== -1) {
    throw new ApiError(413, 'file-too-large', `Mỗi tệp tối đa ${megabytes(maxFileBytes)} MB`, {
      index: tooBig,
      maxBytes: maxFileBytes,
    });
  }
  const checked: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = sniffMediaType(bytes);
    if (!mediaType) {
      throw new ApiError(
        415,
        'unsupported-file-type',
        'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF',
        { index },
      );
    }
    checked.push({ fileName: cleanFileName(file.name, mediaType), mediaType, bytes });
  }
  return checked;
}
