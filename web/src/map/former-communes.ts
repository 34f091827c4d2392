import { formerCommunePalette } from '../theme/colors';

/**
 * The four communes merged into Nam Thanh Miện on 1 July 2025 (Resolution 1669/NQ-UBTVQH15),
 * in a fixed order so each keeps its colour whatever order the villages arrive in.
 */
const mergedCommunes = ['Hồng Phong', 'Thanh Giang', 'Chi Lăng Bắc', 'Chi Lăng Nam'];

function rank(name: string): number {
  const normalised = name.normalize('NFC').toLocaleLowerCase('vi');
  // Matched on the end, so "Xã Hồng Phong" and "Hồng Phong" are the same commune.
  const index = mergedCommunes.findIndex((known) =>
    normalised.endsWith(known.toLocaleLowerCase('vi')),
  );
  return index === -1 ? mergedCommunes.length : index;
}

/** One light colour per former commune found in the data, for the village fill and legend. */
export function formerCommuneColors(
  names: Iterable<string | null | undefined>,
): { name: string; color: string }[] {
  const distinct = [...new Set([...names].filter((n): n is string => Boolean(n)))];
  distinct.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'));
  return distinct.map((name, index) => ({
    name,
    color: formerCommunePalette[index % formerCommunePalette.length] ?? formerCommunePalette[0],
  }));
}
