import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud over the
// phone or copied by hand cannot be misread (0/O, 1/I/L) or spell a word.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 4;
const groupLength = 4;
/** 16 characters of 5 bits: 80 random bits, e.g. "7KQ2-M9XD-4HTA-PW3C". */
export const trackingCodeBits = groups * groupLength * 5;

/** A new random tracking code, in groups of four for reading aloud. */
export function newTrackingCode(): string {
  const bytes = randomBytes(trackingCodeBits / 8);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < groups * groupLength; i += 1) {
    chars = alphabet[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return (chars.match(new RegExp(`.{${groupLength}}`, 'g')) as string[]).join('-');
}

/**
 * A code as typed by a person, in its one canonical form (no dashes or spaces, capitals, O read
 * as 0, I and L as 1), or null when it cannot be a code at all.
 */
export function normalizeTrackingCode(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const valid =
    chars.length === groups * groupLength && [...chars].every((c) => alphabet.includes(c));
  return valid ? chars : null;
}

/** What the database keeps of a code: its SHA-256 (the code itself is shown once and forgotten). */
export function hashTrackingCode(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}
