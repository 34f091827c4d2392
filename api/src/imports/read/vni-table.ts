// VNI-Windows (the VNI-Times fonts), a letter → its one or two bytes, written as the Latin-1
// characters those bytes show as (which is how every program but Word with a VNI font shows them:
// "Nhaø nghæ" for "Nhà nghỉ").
//
// Source: the VNI-Windows table of the converters in common use (Unikey; lamdao/xvnkb `vni.h`;
// duydev/vietnamese-conversion `src/charsets.ts`), which agree: a vowel is its base letter
// followed by one mark byte (ù ø û õ ï for the five tones; â á à å ã ä for the circumflex with
// each tone; ê é è ú ü ë for the breve with each tone); ơ, ư, đ, ỵ and the toned i are single
// bytes. Capitals are the same bytes in Latin-1 upper case.

import { toneOrder } from './vietnamese-letters';

/** The mark byte after the base letter for [no tone, grave, hook, tilde, acute, dot]. */
const toneMarks = ['', 'ø', 'û', 'õ', 'ù', 'ï'];
/** The circumflex (â ê ô) with each tone, in one mark byte. */
const circumflexMarks = ['â', 'à', 'å', 'ã', 'á', 'ä'];
/** The breve (ă) with each tone, in one mark byte. */
const breveMarks = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];

const spelled = (first: string, marks: readonly string[]) => marks.map((mark) => first + mark);

/** Per vowel base: the lower-case spelling of [no tone, grave, hook, tilde, acute, dot]. */
const vniLower: Record<string, readonly string[]> = {
  a: spelled('a', toneMarks),
  ă: spelled('a', breveMarks),
  â: spelled('a', circumflexMarks),
  e: spelled('e', toneMarks),
  ê: spelled('e', circumflexMarks),
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: spelled('o', toneMarks),
  ô: spelled('o', circumflexMarks),
  ơ: spelled('ô', toneMarks),
  u: spelled('u', toneMarks),
  ư: spelled('ö', toneMarks),
  // ỵ is the one single byte among the y's.
  y: [...spelled('y', toneMarks).slice(0, 5), 'î'],
};

function buildTable(): Map<string, string> {
  const table = new Map<string, string>([
    ['ñ', 'đ'],
    ['Ñ', 'Đ'],
  ]);
  for (const [base, spellings] of Object.entries(vniLower)) {
    spellings.forEach((spelling, tone) => {
      if (spelling === base) return;
      const letter = `${base}${toneOrder[tone]}`.normalize('NFC');
      const [first = '', mark = ''] = [...spelling];
      table.set(spelling, letter);
      table.set(spelling.toUpperCase(), letter.toUpperCase());
      // Mixed case ("Aù", "aÙ") comes from capitals typed with the lower-case mark and back;
      // the base letter carries the case.
      if (mark) {
        table.set(first.toUpperCase() + mark, letter.toUpperCase());
        table.set(first + mark.toUpperCase(), letter);
      }
    });
  }
  return table;
}

/** VNI spelling (one or two Latin-1 characters) → Unicode letter. */
export const vniTable: ReadonlyMap<string, string> = buildTable();
