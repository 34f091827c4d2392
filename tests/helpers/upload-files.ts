import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

// Eight 8×8 JPEGs of one colour each (red, green, blue, yellow, purple, black, white, orange),
// as an encoder writes them: re-encoded, each stays a different photo.
const tinyJpegs = [
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAAHlhf//Z',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCOAPp8/9k=',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCZAKmHf//Z',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCoAJAaf//Z',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJ4AbET/2Q==',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJvAB//Z',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKVAB//Z',
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCgBPTZ/9k=',
].map((base64) => Buffer.from(base64, 'base64'));

const segment = (marker: number, data: Uint8Array) => {
  const out = new Uint8Array(4 + data.length);
  out.set([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff]);
  out.set(data, 4);
  return out;
};

/**
 * A JPEG (of colour `variant`, 0..7) with `segments` (each a whole marker segment) put right
 * after its start marker.
 */
export function jpegWith(segments: readonly Uint8Array[], variant = 0): Uint8Array {
  const tinyJpeg = tinyJpegs[variant % tinyJpegs.length] as Buffer;
  const size = tinyJpeg.length + segments.reduce((n, s) => n + s.length, 0);
  const out = new Uint8Array(size);
  out.set(tinyJpeg.subarray(0, 2));
  let at = 2;
  for (const s of segments) {
    out.set(s, at);
    at += s.length;
  }
  out.set(tinyJpeg.subarray(2), at);
  return out;
}

/**
 * A real JPEG (it decodes) of exactly `size` bytes, padded with comment segments; photos of
 * different `variant`s (0..7) stay different once the server has re-encoded them.
 */
export function jpegBytes(size = 2048, variant = 0): Uint8Array {
  const segments: Uint8Array[] = [];
  let left = size - (tinyJpegs[variant % tinyJpegs.length] as Buffer).length;
  if (left !== 0 && left < 4) throw new Error(`no JPEG of ${size} bytes`);
  while (left > 0) {
    let take = Math.min(left, 65_537);
    if (left - take > 0 && left - take < 4) take -= 4;
    segments.push(segment(0xfe, new Uint8Array(take - 4).fill(0x20)));
    left -= take;
  }
  return jpegWith(segments, variant);
}

const ascii = (text: string) => new TextEncoder().encode(text);

/**
 * An EXIF APP1 segment as a phone writes one: the camera's make and model in IFD0 and a GPS
 * position (21°N, 106°E, Hải Dương) in the GPS IFD, little-endian TIFF.
 */
export function exifSegment(make: string, model: string): Uint8Array {
  const makeBytes = ascii(`${make}\0`);
  const modelBytes = ascii(`${model}\0`);
  // TIFF: header (8), IFD0 with 3 entries (2 + 36 + 4 = 42), GPS IFD with 4 entries (2 + 48 + 4 = 54),
  // then the values: make, model, latitude (3 rationals), longitude (3 rationals).
  const ifd0At = 8;
  const gpsAt = ifd0At + 42;
  const makeAt = gpsAt + 54;
  const modelAt = makeAt + makeBytes.length;
  const latAt = modelAt + modelBytes.length;
  const lngAt = latAt + 24;
  const tiff = new DataView(new ArrayBuffer(lngAt + 24));
  const bytes = new Uint8Array(tiff.buffer);
  bytes.set(ascii('II'), 0);
  tiff.setUint16(2, 42, true);
  tiff.setUint32(4, ifd0At, true);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.setUint16(at, tag, true);
    tiff.setUint16(at + 2, type, true);
    tiff.setUint32(at + 4, count, true);
    tiff.setUint32(at + 8, value, true);
  };
  tiff.setUint16(ifd0At, 3, true);
  entry(ifd0At + 2, 0x010f, 2, makeBytes.length, makeAt); // Make
  entry(ifd0At + 14, 0x0110, 2, modelBytes.length, modelAt); // Model
  entry(ifd0At + 26, 0x8825, 4, 1, gpsAt); // GPSInfo IFD pointer
  tiff.setUint32(ifd0At + 38, 0, true);
  tiff.setUint16(gpsAt, 4, true);
  entry(gpsAt + 2, 0x0001, 2, 2, 0x4e); // GPSLatitudeRef "N"
  entry(gpsAt + 14, 0x0002, 5, 3, latAt); // GPSLatitude
  entry(gpsAt + 26, 0x0003, 2, 2, 0x45); // GPSLongitudeRef "E"
  entry(gpsAt + 38, 0x0004, 5, 3, lngAt); // GPSLongitude
  tiff.setUint32(gpsAt + 50, 0, true);
  bytes.set(makeBytes, makeAt);
  bytes.set(modelBytes, modelAt);
  const rationals = (at: number, values: number[]) =>
    values.forEach((v, i) => {
      tiff.setUint32(at + i * 8, v, true);
      tiff.setUint32(at + i * 8 + 4, 1, true);
    });
  rationals(latAt, [20, 56, 30]);
  rationals(lngAt, [106, 18, 45]);
  const data = new Uint8Array(6 + bytes.length);
  data.set(ascii('Exif\0\0'));
  data.set(bytes, 6);
  return segment(0xe1, data);
}

/** An XMP APP1 segment holding `text` in its description. */
export function xmpSegment(text: string): Uint8Array {
  const packet = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${text}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
  return segment(0xe1, ascii(`http://ns.adobe.com/xap/1.0/\0${packet}`));
}

/** A minimal PDF header and body. */
export function pdfBytes(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
}

/** A Windows program's first bytes ("MZ"), to be renamed .jpg. */
export function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  return bytes;
}

export const fileOf = (bytes: Uint8Array, name: string, type: string) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

/** Every file under a folder (none when it does not exist yet). */
export async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
