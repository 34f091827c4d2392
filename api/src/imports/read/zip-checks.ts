// A zip's entries checked before anything is inflated: count, sizes, ratios, names, nesting.
import { maxEntryRatio, maxInflatedBytes, maxZipEntries, ratioExemptBytes } from './import-limits';
import { type ReadRefusal, refuse } from './read-refusal';
import type { ZipEntry } from './zip-archive';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** An absolute path, a drive letter or a `..` step: an entry meant to land outside its folder. */
export function isUnsafeEntryName(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return (
    path.startsWith('/') ||
    /^[a-zA-Z]:/.test(path) ||
    path.split('/').some((step) => step === '..') ||
    path.includes('\0')
  );
}

const archiveNames = /\.(zip|kmz|rar|7z|gz|tgz|tar|bz2|xz|xlsx|xlsm|docx|jar)$/i;

export function checkZipEntries(entries: readonly ZipEntry[]): ReadRefusal | null {
  if (entries.length > maxZipEntries)
    return refuse(
      413,
      'zip-too-many-entries',
      `Tệp nén có ${entries.length.toLocaleString('vi-VN')} tệp con, nhiều hơn mức cho phép (${maxZipEntries}): hãy chỉ nén các tệp cần nhập.`,
    );
  const unsafe = entries.find((e) => isUnsafeEntryName(e.name));
  if (unsafe)
    return refuse(
      422,
      'zip-unsafe-path',
      `Tệp nén có đường dẫn không an toàn (“${unsafe.name}”): hãy nén lại chỉ các tệp dữ liệu.`,
    );
  const encrypted = entries.find((e) => e.encrypted);
  if (encrypted)
    return refuse(
      422,
      'zip-encrypted',
      `Tệp nén có mật khẩu (“${encrypted.name}”): hãy nén lại không đặt mật khẩu.`,
    );
  const nested = entries.find((e) => archiveNames.test(e.name));
  if (nested)
    return refuse(
      422,
      'zip-nested',
      `Tệp nén chứa một tệp nén khác (“${nested.name}”): hãy giải nén nó và tải lên trực tiếp.`,
    );
  const declared = entries.reduce((sum, e) => sum + e.declaredBytes, 0);
  if (declared > maxInflatedBytes)
    return refuse(
      413,
      'zip-bomb',
      `Tệp nén giải nén ra ${megabytes(declared)}, quá mức cho phép ${megabytes(maxInflatedBytes)}: tệp không an toàn, không đọc.`,
    );
  const inflated = entries.find(
    (e) =>
      e.declaredBytes > ratioExemptBytes &&
      e.declaredBytes > maxEntryRatio * Math.max(1, e.compressedBytes),
  );
  if (inflated)
    return refuse(
      413,
      'zip-bomb',
      `Tệp nén có phần “${inflated.name}” nén quá mức bình thường (${megabytes(inflated.declaredBytes)} từ ${inflated.compressedBytes.toLocaleString('vi-VN')} byte): tệp không an toàn, không đọc.`,
    );
  return null;
}
