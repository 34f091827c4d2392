// Fetches an export with its progress (bytes so far, and the total when the server knows it)
// and hands it to the browser as a download under the server's file name.

export type ExportProgress = { received: number; total: number | null };

export class ExportFailure extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | null,
  ) {
    super(serverMessage ?? `HTTP ${status}`);
  }
}

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
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;
    throw new ExportFailure(response.status, body?.error?.message ?? null);
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
