// A calendar day as the commune writes it (dd/mm/yyyy) and as the API takes it (ISO yyyy-mm-dd).
// Forms keep the ISO form; only the date field shows and reads the Vietnamese order, so an
// English browser's mm/dd/yyyy never reaches the screen.

/** Why typed text is not a day: `incomplete` (not yet d/m/yyyy) or `impossible` (31/02/2026). */
export type DayReading =
  | { ok: true; iso: string }
  | { ok: false; reason: 'empty' | 'incomplete' | 'impossible' };

const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "5/3/2026", "05/03/2026", "05-03-2026" or "05.03.2026" → "2026-03-05". */
export function readDay(text: string): DayReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const match = typed.exec(trimmed);
  if (!match) return { ok: false, reason: 'incomplete' };
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1000) return { ok: false, reason: 'impossible' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, iso: date.toISOString().slice(0, 10) };
}

/** "2026-03-05" (or a timestamp starting so) → "05/03/2026"; "" for anything else. */
export function showDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/**
 * What the field shows while someone types: slashes put in after the day and the month, so
 * a phone's numeric keypad (which has no "/") is enough: "1503" → "15/03", "15032026" →
 * "15/03/2026". Slashes typed by hand are kept ("5/3/2026"); a slash is only added once a digit
 * follows it, so deleting back over one works.
 */
export function maskDay(raw: string): string {
  const cleaned = raw.replace(/[.-]/g, '/').replace(/[^\d/]/g, '');
  const parts = cleaned.split('/');
  if (parts.length === 1) return groupDigits(cleaned, [2, 2, 4]);
  if (parts.length === 2) {
    const [day = '', rest = ''] = parts;
    return `${day.slice(0, 2)}/${groupDigits(rest, [2, 4])}`;
  }
  const [day = '', month = '', year = ''] = parts;
  return `${day.slice(0, 2)}/${month.slice(0, 2)}/${year.slice(0, 4)}`;
}

function groupDigits(digits: string, sizes: readonly number[]): string {
  const groups: string[] = [];
  let rest = digits;
  for (const size of sizes) {
    if (rest === '') break;
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return groups.join('/');
}
