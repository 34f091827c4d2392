// Numbers and angles as registry sheets write them: "20,7235" (Vietnamese decimal comma),
// "2.291.234,5" (dots between thousands), 20°43'24.6"N, "20 43 24.6", 106°14'27"E, and one
// "Tọa độ" cell holding both ("20.7235, 106.2409", "20°43'24.6\"N 106°14'27\"E").

export type CellValue = string | number | null | undefined;

/** An angle in degrees and, when the cell named its hemisphere, which axis it is on. */
export type Angle = { degrees: number; axis?: 'lat' | 'lng' };

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !value.trim());
}

/**
 * A number in any of the ways Vietnamese and English sheets write it, else null. One comma is a
 * decimal comma ("20,7235"); separators that repeat group thousands ("2.291.234", "2 291 234").
 */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isBlank(value)) return null;
  let text = String(value).trim().replace(/\s*m$/i, '');
  if (/^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(text)) text = text.replace(/\s/g, '');
  if (!/^[+-]?[\d.,]+$/.test(text)) return null;
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  if (commas && dots) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    text = text.replaceAll(group, '').replace(',', '.');
  } else if (commas) {
    text = commas === 1 ? text.replace(',', '.') : text.replaceAll(',', '');
  } else if (dots > 1) {
    text = text.replaceAll('.', '');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

const hemispheres: Record<string, { axis: 'lat' | 'lng'; sign: 1 | -1 }> = {
  N: { axis: 'lat', sign: 1 },
  B: { axis: 'lat', sign: 1 }, // Bắc
  S: { axis: 'lat', sign: -1 },
  E: { axis: 'lng', sign: 1 },
  Đ: { axis: 'lng', sign: 1 }, // Đông
  W: { axis: 'lng', sign: -1 },
};
const hemisphereLetters = 'NBSEĐW';

/** Primes, typographic quotes and the ordinal º people type for ° become ° ' ". */
function plainMarks(text: string): string {
  return text
    .replace(/[º˚]/g, '°')
    .replace(/''|[″“”]/g, '"')
    .replace(/[′’‘`´]/g, "'");
}

/** Degrees, or degrees-minutes(-seconds) with marks or spaces, with an optional hemisphere. */
export function parseAngle(value: CellValue): Angle | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { degrees: value } : null;
  if (isBlank(value)) return null;
  let text = plainMarks(String(value).trim().toUpperCase());
  let hemisphere: (typeof hemispheres)[string] | undefined;
  const lettered = new RegExp(
    `^([${hemisphereLetters}])\\s*(.*)$|^(.*?)\\s*([${hemisphereLetters}])$`,
  ).exec(text);
  if (lettered) {
    hemisphere = hemispheres[lettered[1] ?? lettered[4] ?? ''];
    text = (lettered[2] ?? lettered[3] ?? '').trim();
  }
  const plain = parseNumber(text.replace(/\s*°$/, ''));
  let degrees: number | null = plain;
  if (plain === null) {
    // Degrees, minutes, seconds: marks or plain spaces between them, a decimal comma allowed.
    const parts =
      /^([+-]?)(\d+)\s*(?:°|\s)\s*(\d+(?:[.,]\d+)?)\s*'?\s*(?:(\d+(?:[.,]\d+)?)\s*"?)?$/.exec(text);
    if (!parts) return null;
    const minutes = Number(parts[3]?.replace(',', '.'));
    const seconds = parts[4] ? Number(parts[4].replace(',', '.')) : 0;
    if (minutes >= 60 || seconds >= 60 || (parts[4] && !Number.isInteger(minutes))) return null;
    degrees = (Number(parts[2]) + minutes / 60 + seconds / 3600) * (parts[1] === '-' ? -1 : 1);
  }
  if (degrees === null) return null;
  if (!hemisphere) return { degrees };
  if (degrees < 0) return null; // "-20°N" says two things
  return { degrees: degrees * hemisphere.sign, axis: hemisphere.axis };
}

/** One "Tọa độ" cell into its two halves, as written (first, second), else null. */
export function splitPair(value: CellValue): [string, string] | null {
  if (isBlank(value) || typeof value === 'number') return null;
  const text = plainMarks(String(value).trim().toUpperCase());
  const halves = (a: string | undefined, b: string | undefined): [string, string] | null =>
    a?.trim() && b?.trim() ? [a.trim(), b.trim()] : null;
  const separated = /^(.+?)\s*(?:[;|/\t]|,\s+)\s*(.+)$/.exec(text);
  if (separated) return halves(separated[1], separated[2]);
  const l = hemisphereLetters;
  const trailing = new RegExp(`^([^${l}]+[${l}])\\s*,?\\s*([^${l}]+[${l}])$`).exec(text);
  if (trailing) return halves(trailing[1], trailing[2]);
  const leading = new RegExp(`^([${l}][^${l}]+?)\\s*,?\\s*([${l}][^${l}]+)$`).exec(text);
  if (leading) return halves(leading[1], leading[2]);
  const twoDegrees = /^(.*?°.*?)\s+([+-]?\d+(?:[.,]\d+)?\s*°.*)$/.exec(text);
  if (twoDegrees) return halves(twoDegrees[1], twoDegrees[2]);
  const numbers = text.split(/\s+/);
  if ([2, 4, 6].includes(numbers.length) && numbers.every((n) => /^[+-]?\d+([.,]\d+)?$/.test(n))) {
    const half = numbers.length / 2;
    return halves(numbers.slice(0, half).join(' '), numbers.slice(half).join(' '));
  }
  const comma = text.split(',');
  if (comma.length === 2) return halves(comma[0], comma[1]);
  return null;
}
