// A time of day as the commune writes it and as the API takes it: 24-hour "HH:mm". Only the
// time field reads what is typed, so an English browser's "07:00 PM" never reaches the screen.

/** Why typed text is not a time: `incomplete` (not yet h:mm) or `impossible` (25:00, 19:75). */
export type TimeReading =
  | { ok: true; time: string }
  | { ok: false; reason: 'empty' | 'incomplete' | 'impossible' };

const typed = /^(\d{1,2})[:.hH](\d{2})$/;

/** "19:30", "7:05", "7.05" or "7h05" → "19:30", "07:05". */
export function readTime(text: string): TimeReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const match = typed.exec(trimmed);
  if (!match) return { ok: false, reason: 'incomplete' };
  const [hours, minutes] = match.slice(1).map(Number) as [number, number];
  if (hours > 23 || minutes > 59) return { ok: false, reason: 'impossible' };
  return { ok: true, time: `${pad(hours)}:${pad(minutes)}` };
}

/** "19:30" (or "19:30:00") → "19:30"; "" for anything else. */
export function showTime(time: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  return match ? `${match[1]}:${match[2]}` : '';
}

/**
 * What the field shows while someone types: a colon put in after the hours, so a phone's
 * numeric keypad (which has no ":") is enough: "1930" → "19:30". A colon, dot or "h" typed by
 * hand is kept as a colon ("7h05" → "7:05"); the colon is only added once a digit follows it,
 * so deleting back over it works.
 */
export function maskTime(raw: string): string {
  const cleaned = raw.replace(/[.hH]/g, ':').replace(/[^\d:]/g, '');
  const [hours = '', minutes, ...rest] = cleaned.split(':');
  if (minutes === undefined) {
    return hours.length > 2 ? `${hours.slice(0, 2)}:${hours.slice(2, 4)}` : hours;
  }
  return `${hours.slice(0, 2)}:${[minutes, ...rest].join('').slice(0, 2)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
