/**
 * What a support case's free text must not hold: a phone number (9–11 digits, written with
 * or without spaces, dots or dashes, "+84" included) or a citizen ID number (CCCD, 12 digits).
 * Names and addresses cannot be told apart from ordinary words, so the form warns about them;
 * numbers can be, so the API refuses them. A run of digits joined by single separators counts
 * as one number; dates (8 digits or fewer) pass.
 */
export type IdentifyingNumber = 'phone' | 'citizen-id';

const digitRun = /\+?\d(?:[\s.-]?\d)*/g;

export function findIdentifyingNumber(text: string): IdentifyingNumber | null {
  for (const match of text.matchAll(digitRun)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits === 12) return 'citizen-id';
    if (digits >= 9) return 'phone';
  }
  return null;
}
