// Vietnamese text in the encodings old files carry: UTF-8, Windows-1258, and the two 8-bit font
// encodings of the 1990s, TCVN3 (ABC) and VNI, whose bytes every other program reads as
// Windows-1252/Latin-1 ("Nhµ nghØ", "Nhaø nghæ" for "Nhà nghỉ"). Which one a text is in is told
// by reading it every way and keeping the reading with the most Vietnamese syllables.
import type { TextEncoding } from '../contract';
import { tcvn3Table } from './tcvn3-table';
import { scoreVietnamese } from './vietnamese-syllable';
import { vniTable } from './vni-table';

export type DecodedText = {
  text: string;
  encoding: TextEncoding;
  /** A few lines as another program shows them and as we read them (none for plain UTF-8). */
  samples: Array<{ before: string; after: string }>;
};

export type EncodingGuess = {
  encoding: TextEncoding;
  /** The score of each reading tried (Vietnamese syllables minus twice the misread words). */
  scores: Partial<Record<TextEncoding, number>>;
};

/** Windows-1252's characters for bytes 0x80–0x9F, so text a program read as 1252 maps back. */
const cp1252High = new Map<string, number>(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))]
    .map((char, i) => [char, 0x80 + i] as [string, number])
    .filter(([char, byte]) => char.charCodeAt(0) !== byte),
);

/**
 * The bytes a string shows, as one character per byte (U+0000–U+00FF): what a program that read
 * them as Latin-1 or Windows-1252 saw. Characters no such program produces pass through.
 */
function asByteString(text: string): string {
  let out = '';
  for (const char of text) {
    const byte = cp1252High.get(char);
    out += byte === undefined ? char : String.fromCharCode(byte);
  }
  return out;
}

function bytesToByteString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function decodeTcvn3(byteString: string): string {
  let out = '';
  for (const char of byteString) out += tcvn3Table.get(char.charCodeAt(0)) ?? char;
  return out.normalize('NFC');
}

function decodeVni(byteString: string): string {
  let out = '';
  for (let i = 0; i < byteString.length; i++) {
    const pair = i + 1 < byteString.length ? vniTable.get(byteString.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      const char = byteString.charAt(i);
      out += vniTable.get(char) ?? char;
    }
  }
  return out.normalize('NFC');
}

const windows1258 = new TextDecoder('windows-1258');

/** Windows-1258 writes most tones as combining marks after the letter: NFC joins them. */
function decodeWindows1258(byteString: string): string {
  return byteString
    .replace(/[^\u0100-\uffff]+/g, (run) =>
      windows1258.decode(Uint8Array.from(run, (char) => char.charCodeAt(0))),
    )
    .normalize('NFC');
}

/**
 * TCVN3 has no toned capitals: they were typed in the capital fonts (.VnTimeH) with the small
 * letters' bytes. A word written in capitals otherwise ("NHµ NGHØ") gets its capitals back; a
 * whole value without a small ASCII letter too (`wholeValue`, for one cell).
 */
function restoreCapitals(converted: string, wholeValue: boolean): string {
  const asciiLetters = converted.match(/[A-Za-z]/g) ?? [];
  if (wholeValue && asciiLetters.length >= 2 && !asciiLetters.some((c) => c >= 'a'))
    return converted.toUpperCase();
  return converted.replace(/[^\s\d!-/:-@[-`{-~]+/g, (word) => {
    const letters = word.match(/[A-Za-z]/g) ?? [];
    const capitals = letters.filter((c) => c < 'a').length;
    return capitals >= 2 && capitals === letters.length ? word.toUpperCase() : word;
  });
}

function readAs(byteString: string, encoding: TextEncoding, wholeValue: boolean): string {
  switch (encoding) {
    case 'tcvn3':
      return restoreCapitals(decodeTcvn3(byteString), wholeValue);
    case 'vni':
      return decodeVni(byteString);
    case 'windows-1258':
      return decodeWindows1258(byteString);
    case 'utf-8':
      return byteString.normalize('NFC');
  }
}

/**
 * A value read by another program as Latin-1/Windows-1252 (a DBF without .cpg, a spreadsheet
 * typed in a .VnTime or VNI-Times font), put into Unicode NFC. `utf-8` only normalises.
 */
export function convertLegacy(text: string, encoding: TextEncoding): string {
  if (encoding === 'utf-8' || isUnicodeAlready(text)) return text.normalize('NFC');
  return readAs(asByteString(text), encoding, true);
}

/**
 * A letter no Latin-1/1252 reading produces (ơ, ư, đ, ạ…) means the value was typed in Unicode:
 * a sheet's header row often is while its rows are TCVN3. Such a value is left as it is.
 */
function isUnicodeAlready(text: string): boolean {
  for (const char of text) if (char.charCodeAt(0) > 0xff && !cp1252High.has(char)) return true;
  return false;
}

const legacyEncodings = ['windows-1258', 'tcvn3', 'vni'] as const;

/** At most this much text is scored: enough to tell, cheap on a 20,000-row sheet. */
const sampleChars = 200_000;

function sampleOf(values: readonly string[]): string {
  let text = '';
  for (const value of values) {
    if (text.length > sampleChars) break;
    if (/[^\p{ASCII}]/u.test(value)) text += `${value}\n`;
  }
  return text;
}

function bestOf(readings: Array<[TextEncoding, string]>): EncodingGuess {
  const scores: EncodingGuess['scores'] = {};
  let best: TextEncoding = 'utf-8';
  let bestScore = Number.NEGATIVE_INFINITY;
  // The first reading wins ties: the text as it is, else Windows-1258.
  for (const [encoding, text] of readings) {
    const { score, vietnamese } = scoreVietnamese(text);
    scores[encoding] = score;
    if (score > bestScore && (vietnamese > 0 || bestScore === Number.NEGATIVE_INFINITY)) {
      best = encoding;
      bestScore = score;
    }
  }
  return { encoding: best, scores };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes); // drops a BOM
  } catch {
    return null;
  }
}

/**
 * Which encoding the bytes are in, or, for strings already decoded (cells of a spreadsheet,
 * fields GDAL read as Latin-1), which legacy encoding they are a misreading of (`utf-8`: none).
 */
export function detectEncoding(input: Uint8Array | string | readonly string[]): EncodingGuess {
  if (input instanceof Uint8Array) {
    const text = decodeUtf8(input);
    if (text !== null) return detectEncoding(text);
    const byteString = bytesToByteString(input.subarray(0, sampleChars));
    return bestOf(legacyEncodings.map((e) => [e, readAs(byteString, e, false)]));
  }
  const sample = sampleOf(typeof input === 'string' ? input.split('\n') : input);
  const byteString = asByteString(sample);
  return bestOf([
    ['utf-8', sample.normalize('NFC')],
    ...legacyEncodings.map((e): [TextEncoding, string] => [e, readAs(byteString, e, true)]),
  ]);
}

/** A .cpg's or the user's name for an encoding (`UTF-8`, `65001`, `1258`, `CP1258`, `TCVN3`, `VNI`…). */
export function parseDeclaredEncoding(declared: string): TextEncoding | undefined {
  const name = declared
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (/^(utf8|65001)$/.test(name)) return 'utf-8';
  if (/^(cp|windows|ansi|ansi)?1258$|^ldid\/?163$/.test(name)) return 'windows-1258';
  if (/^(tcvn3|tcvn|tcvn5712(1)?(:1993)?|vn3|abc)$/.test(name)) return 'tcvn3';
  if (/^(vni|vniwindows|vniwin)$/.test(name)) return 'vni';
  return undefined;
}

/** Up to `limit` distinct values (or lines) that the conversion changes, before and after. */
export function encodingSamples(
  values: Iterable<string>,
  encoding: TextEncoding,
  limit = 5,
): Array<{ before: string; after: string }> {
  const samples: Array<{ before: string; after: string }> = [];
  if (encoding === 'utf-8') return samples;
  const seen = new Set<string>();
  for (const value of values) {
    const before = value.trim().slice(0, 120);
    if (!before || seen.has(before)) continue;
    seen.add(before);
    const after = convertLegacy(before, encoding);
    if (after !== before) samples.push({ before, after });
    if (samples.length >= limit) break;
  }
  return samples;
}

/**
 * The text of a CSV or DBF in whatever encoding it came: UTF-8 with or without BOM, Windows-1258,
 * TCVN3 or VNI (declared by a .cpg or the user, else detected), in Unicode NFC. UTF-8 that holds
 * TCVN3 or VNI letters (a .VnTime sheet saved as CSV) is converted too and named by them.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText {
  const utf8Text = decodeUtf8(bytes);
  const named = declared === undefined ? undefined : parseDeclaredEncoding(declared);
  const hasNonAscii = utf8Text !== null && /[^\p{ASCII}]/u.test(utf8Text);
  let byteString: string;
  let shown: string;
  let encoding: TextEncoding;
  if (utf8Text !== null && (hasNonAscii || named === undefined || named === 'utf-8')) {
    byteString = asByteString(utf8Text);
    shown = utf8Text;
    encoding = detectEncoding(utf8Text).encoding;
    if (encoding === 'utf-8')
      return { text: utf8Text.normalize('NFC'), encoding: 'utf-8', samples: [] };
  } else {
    byteString = bytesToByteString(bytes);
    shown = new TextDecoder('windows-1252').decode(bytes);
    encoding =
      named && named !== 'utf-8' ? named : detectEncoding(bytes.subarray(0, sampleChars)).encoding;
  }
  const lines = byteString.split('\n');
  const text = shown
    .split('\n')
    .map((line, i) =>
      isUnicodeAlready(line) ? line.normalize('NFC') : readAs(lines[i] ?? '', encoding, false),
    )
    .join('\n');
  return { text, encoding, samples: lineSamples(shown, text) };
}

function lineSamples(shown: string, text: string): DecodedText['samples'] {
  const before = shown.split('\n');
  const after = text.split('\n');
  const samples: DecodedText['samples'] = [];
  before.forEach((line, i) => {
    const converted = after[i];
    if (samples.length < 3 && converted !== undefined && converted !== line)
      samples.push({ before: line.trim().slice(0, 120), after: converted.trim().slice(0, 120) });
  });
  return samples;
}
