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

/** Per vowel base: the lower-case spelling of [no tone, grave, hook, tilde, acute, dot]. */
const vniLower: Record<string, readonly string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
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

/** The Latin-1 characters that are VNI marks after a vowel (never letters on their own). */
export const vniMarks = new Set('ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË');
