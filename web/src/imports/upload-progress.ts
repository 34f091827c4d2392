import { locale } from '../i18n/i18n';

// The upload's progress in words: "45 %" (as the reports print shares) and "12,3 / 27,0 MB" (vi-VN decimal comma). The
// browser may not know the total (no Content-Length): then only what has gone.

const megabytes = new Intl.NumberFormat(locale, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export type UploadProgress = { loadedBytes: number; totalBytes: number | null };

/** 0–1, or null while the total is unknown. */
export function uploadShare({ loadedBytes, totalBytes }: UploadProgress): number | null {
  if (!totalBytes || totalBytes <= 0) return null;
  return Math.min(1, Math.max(0, loadedBytes / totalBytes));
}

export function formatUploadPercent(progress: UploadProgress): string | null {
  const share = uploadShare(progress);
  // Floored: 99.9 % sent is not yet 100 %. A no-break space before the sign, as the reports write it.
  return share === null ? null : `${Math.floor(share * 100)}\u00a0%`;
}

const mb = (bytes: number) => megabytes.format(bytes / 1_048_576);

export function formatUploadMegabytes({ loadedBytes, totalBytes }: UploadProgress): string {
  return totalBytes ? `${mb(loadedBytes)} / ${mb(totalBytes)} MB` : `${mb(loadedBytes)} MB`;
}
