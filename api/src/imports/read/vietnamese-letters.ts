// The 72 Vietnamese vowel letters (12 bases, each untoned and with five tones) and đ, in one order that the legacy
// encoding tables below follow: for each base, [no tone, grave, hook above, tilde, acute, dot].

/** Tone order of every row in the legacy tables: huyền, hỏi, ngã, sắc, nặng. */
export const toneOrder = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** The twelve vowel bases, lower case. */
export const vowelBases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof vowelBases)[number];

/** `base` with tone `toneIndex` (0 = none … 5 = nặng), as one precomposed NFC letter. */
export function withTone(base: string, toneIndex: number): string {
  return `${base}${toneOrder[toneIndex]}`.normalize('NFC');
}

/** Every Vietnamese letter that is not plain ASCII, both cases: 132 vowels, đ and Đ. */
export function allVietnameseLetters(): string[] {
  const letters: string[] = [];
  for (const base of vowelBases) {
    for (let tone = 0; tone < toneOrder.length; tone++) {
      const lower = withTone(base, tone);
      if (lower.length === 1 && lower.charCodeAt(0) > 0x7f)
        letters.push(lower, lower.toUpperCase());
    }
  }
  letters.push('đ', 'Đ');
  return letters;
}
