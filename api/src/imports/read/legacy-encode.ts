// Unicode → TCVN3 or VNI bytes: the inverse of the reading tables, for tests and test fixtures
// (a TCVN3 Shapefile, a VNI sheet) made the way the old fonts made them. The app itself only reads.
import { tcvn3Table } from './tcvn3-table';
import { vniTable } from './vni-table';

const tcvn3Bytes = new Map<string, number>(
  [...tcvn3Table]
    .filter(([, char]) => char.length === 1 && !/\p{M}/u.test(char))
    .map(([b, c]) => [c, b]),
);

/** For each letter, the spelling whose base and mark share its case ("aù", "AÙ"). */
const vniSpelling = new Map<string, string>(
  [...vniTable]
    .filter(
      ([spelling]) => spelling === spelling.toLowerCase() || spelling === spelling.toUpperCase(),
    )
    .map(([spelling, letter]) => [letter, spelling]),
);

const abcCapitals = 'ĂÂÊÔƠƯĐ';

export type EncodeOptions = {
  /** TCVN3 as the ABC fonts wrote it: toned capitals as the small letters' bytes (.VnTimeH). */
  capitalsAsSmall?: boolean;
};

/** `text` in TCVN3 (VN1 capitals unless `capitalsAsSmall`) or VNI-Windows bytes. */
export function encodeLegacy(
  text: string,
  encoding: 'tcvn3' | 'vni',
  options: EncodeOptions = {},
): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    if (encoding === 'vni') {
      const spelling = vniSpelling.get(char) ?? char;
      for (const c of spelling) bytes.push(byteOf(c));
      continue;
    }
    // The ABC fonts' own capitals are the seven untoned ones; others borrow the small letter.
    const borrow = options.capitalsAsSmall && char > '\x7f' && !abcCapitals.includes(char);
    bytes.push(tcvn3Bytes.get(borrow ? char.toLowerCase() : char) ?? byteOf(char));
  }
  return Uint8Array.from(bytes);
}

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code > 0xff) throw new Error(`no legacy byte for ${JSON.stringify(char)}`);
  return code;
}
