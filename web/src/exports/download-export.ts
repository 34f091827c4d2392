import { httpError, networkError } from '../api/api-error';
import { reportSessionLost } from '../api/session-expiry';

// Fetches an export with its progress (bytes so far, and the total when the server knows it)
// and hands it to the browser as a download under the server's file name. The bytes are not
// JSON, so this one read does not go through the typed client; its failures are the same
// ApiError.

export type ExportProgress = { received: number; total: number | null };

/** `attachment; filename="co-so-kinh-doanh-2026-12-07.kml"` → the file name, else null. */
export function attachmentName(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match?.[1] ?? null;
}

export async function downloadExport(
  url: string,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<{ name: string; size: number }> {
  const path = url.split('?')[0] ?? url;
  const response = await fetch(url, { credentials: 'same-origin', signal }).catch((cause) => {
    if (signal.aborted) throw cause;
    throw networkError(path);
  });
  if (!response.ok) {
    if (response.status === 401) reportSessionLost();
    const body: unknown = await response.json().catch(() => undefined);
    throw httpError(path, response.status, body, response.headers.get('Retry-After'));
  }
  const total = Number(response.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    chunks.push(part.value);
    received += part.value.byteLength;
    onProgress({ received, total });
  }
  const name = attachmentName(response.headers.get('content-disposition')) ?? 'du-lieu';
  const blob = new Blob(chunks as BlobPart[], {
    type: response.headers.get('content-type') ?? 'application/octet-stream',
  });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { name, size: received };
}
