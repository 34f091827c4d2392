// A cell as text for a stored field: trimmed, single-spaced, numbers without an exponent.
import type { CellValue } from './parse-coordinates';
import { isBlank } from './parse-coordinates';

/** A cell as trimmed text, numbers as written (no exponent), blank as null. */
export function cellText(value: CellValue): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  // A leading apostrophe before = + - @ is the guard spreadsheets (and our exports) put before a
  // text that would otherwise run as a formula: the text is what follows it.
  return String(value)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^'(?=[=+\-@])/, '');
}

/** Excel drops a phone number's leading 0 when the cell is a number: put it back. */
export function phoneText(value: CellValue): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = value.toFixed(0);
    return digits.length === 9 || digits.length === 10 ? `0${digits}` : digits;
  }
  return cellText(value);
}
