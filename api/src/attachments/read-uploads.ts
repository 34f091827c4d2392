import { ApiError } from '../lib/api-error';
import { cleanFileName } from './file-name';
import { staffUploadLimits, type UploadLimits } from './limits';
import { type AttachmentMediaType, sniffMediaType } from './media-type';
import { isImageType, reencodeImage } from './strip-metadata';

/**
 * A file that passed every check, with its bytes in memory (10 MB at most). An image's bytes
 * are its re-encoded copy, with no metadata left (strip-metadata.ts): never what was sent.
 */
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
 * Checks a request's files before anything is stored: at most `maxFiles` (413), each at most
 * `maxFileBytes` and all together at most `maxTotalBytes` (413), each a JPEG, PNG, WebP or PDF by
 * its first bytes (415), whatever type or name the client claimed, and PDF only where `allowPdf`.
 * Every image is re-encoded so no GPS, camera or other metadata is kept; one that does not
 * decode is refused (415). One bad file refuses the whole request, so nothing is stored by halves.
 */
export async function checkUploads(
  files: readonly File[],
  limits: UploadLimits = staffUploadLimits,
): Promise<CheckedFile[]> {
  if (files.length > limits.maxFiles) {
    throw new ApiError(
      413,
      'too-many-files',
      `Chỉ gửi được tối đa ${limits.maxFiles} tệp mỗi lần`,
      {
        maxFiles: limits.maxFiles,
      },
    );
  }
  const tooBig = files.findIndex((f) => f.size > limits.maxFileBytes);
  if (tooBig !== -1) {
    throw new ApiError(
      413,
      'file-too-large',
      `Mỗi tệp tối đa ${megabytes(limits.maxFileBytes)} MB`,
      {
        index: tooBig,
        maxBytes: limits.maxFileBytes,
      },
    );
  }
  if (files.reduce((sum, f) => sum + f.size, 0) > limits.maxTotalBytes) {
    throw new ApiError(
      413,
      'files-too-large',
      `Tổng dung lượng các tệp tối đa ${megabytes(limits.maxTotalBytes)} MB`,
      { maxTotalBytes: limits.maxTotalBytes },
    );
  }
  const checked: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    const sent = new Uint8Array(await file.arrayBuffer());
    const mediaType = sniffMediaType(sent);
    if (!mediaType || (mediaType === 'application/pdf' && !limits.allowPdf)) {
      throw new ApiError(
        415,
        'unsupported-file-type',
        limits.allowPdf
          ? 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF'
          : 'Chỉ nhận ảnh JPEG, PNG hoặc WebP',
        { index },
      );
    }
    const bytes = isImageType(mediaType)
      ? await reencodeImage(sent, mediaType, { maxEdgePixels: limits.maxEdgePixels })
      : sent;
    if (!bytes) {
      throw new ApiError(415, 'unreadable-image', 'Ảnh bị hỏng hoặc quá lớn, không đọc được', {
        index,
      });
    }
    checked.push({ fileName: cleanFileName(file.name, mediaType), mediaType, bytes });
  }
  return checked;
}
