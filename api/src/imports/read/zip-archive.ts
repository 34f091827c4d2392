// A zip read by hand from its central directory, so that nothing is inflated before every
// entry has been checked (zip-checks.ts), and nothing is inflated past a hard cap: a bomb's
// declared sizes can lie, the inflater's count cannot.
import { Inflate } from 'fflate';
import { type ReadRefusal, refuse } from './read-refusal';

export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedBytes: number;
  /** What the archive claims; checked, never trusted (inflateEntry counts). */
  declaredBytes: number;
  localHeaderOffset: number;
};

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

const damaged = () =>
  refuse(
    422,
    'damaged-zip',
    'Tệp nén bị hỏng hoặc tải lên chưa hết: hãy nén lại và tải lên lần nữa.',
  );

/** The entries of a zip, from its central directory; a damaged or ZIP64 archive is refused. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | ReadRefusal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === endOfCentralDirectory) {
      end = i;
      break;
    }
  }
  if (end < 0) return damaged();
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    return refuse(
      413,
      'zip-too-large',
      'Tệp nén quá lớn khi giải nén (ZIP64): hãy chia nhỏ dữ liệu.',
    );
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralDirectoryHeader)
      return damaged();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressedBytes = view.getUint32(at + 20, true);
    const declaredBytes = view.getUint32(at + 24, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) return damaged();
    if ([compressedBytes, declaredBytes, localHeaderOffset].includes(0xffffffff))
      return refuse(
        413,
        'zip-too-large',
        'Tệp nén quá lớn khi giải nén (ZIP64): hãy chia nhỏ dữ liệu.',
      );
    // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII part is all we match on.
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 0x1) !== 0,
      compressedBytes,
      declaredBytes,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Thrown inside the inflater's callback to stop it at the cap. */
class CapReached extends Error {}

/**
 * The entry's bytes, inflated, at most `capBytes` (the declared size is the usual cap: more
 * than declared is a lie, refused as a bomb). Stored (0) and deflated (8) entries only.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  capBytes: number,
): Uint8Array | ReadRefusal {
  const bomb = refuse(
    413,
    'zip-bomb',
    `Tệp nén có phần “${entry.name}” giải nén ra lớn hơn khai báo: tệp không an toàn, không đọc.`,
  );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localFileHeader) return damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedBytes);
  if (data.length !== entry.compressedBytes) return damaged();
  if (entry.method === 0) return data.length > capBytes ? bomb : data;
  if (entry.method !== 8)
    return refuse(
      422,
      'zip-method',
      `Tệp nén dùng kiểu nén không hỗ trợ cho “${entry.name}”: hãy nén lại bằng ZIP thông thường.`,
    );
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > capBytes) throw new CapReached();
    chunks.push(chunk);
  });
  try {
    const step = 64 * 1024;
    for (let i = 0; i < data.length; i += step)
      inflater.push(data.subarray(i, i + step), i + step >= data.length);
  } catch (error) {
    if (error instanceof CapReached) return bomb;
    return damaged();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
