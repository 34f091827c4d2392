// A zip's entries checked, then only the ones needed inflated (each capped at its declared size)
// into the private folder.
import { maxInflatedBytes } from './import-limits';
import { isRefusal, type ReadRefusal } from './read-refusal';
import { inflateEntry, listZipEntries, type ZipEntry } from './zip-archive';
import { checkZipEntries } from './zip-checks';
import { type ZipLayout, zipLayout } from './zip-layout';

export function openZip(
  bytes: Uint8Array,
  layer?: string,
): { entries: ZipEntry[]; layout: ZipLayout } | ReadRefusal {
  const entries = listZipEntries(bytes);
  if (isRefusal(entries)) return entries;
  const unsafe = checkZipEntries(entries);
  if (unsafe) return unsafe;
  const layout = zipLayout(entries, layer);
  return isRefusal(layout) ? layout : { entries, layout };
}

/** Inflates every entry with the caps, keeping nothing: an XLSX proven safe before exceljs opens it. */
export function proveInflatable(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): ReadRefusal | null {
  let budget = maxInflatedBytes;
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry, Math.min(entry.declaredBytes, budget));
    if (isRefusal(data)) return data;
    budget -= data.length;
  }
  return null;
}

/** The layout's parts, inflated (each at most its declared size), by their temp-folder names. */
export function inflateParts(
  bytes: Uint8Array,
  layout: ZipLayout,
): Record<string, Uint8Array> | ReadRefusal {
  const parts: Record<string, Uint8Array> = {};
  for (const [name, entry] of Object.entries(layout.parts)) {
    const data = inflateEntry(bytes, entry, entry.declaredBytes);
    if (isRefusal(data)) return data;
    parts[name] = data;
  }
  return parts;
}
