// Finding a business by what someone types on a phone: Vietnamese with or without its marks
// ("nha nghi hoa hong" finds "Nhà nghỉ Hoa Hồng"), by name or address, a few results at most.

/** Lower case without diacritics (đ counts as d), spaces squeezed. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface Searchable {
  name: string;
  address?: string | null;
}

/**
 * The items whose name or address holds every typed word, names that start with the query
 * first, then by name; nothing for an empty query.
 */
export function matchBusinesses<T extends Searchable>(
  items: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const words = searchable(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  return items
    .map((item) => ({
      item,
      name: searchable(item.name),
      text: searchable(`${item.name} ${item.address ?? ''}`),
    }))
    .filter(({ text }) => words.every((w) => text.includes(w)))
    .sort(
      (a, b) =>
        Number(b.name.startsWith(whole)) - Number(a.name.startsWith(whole)) ||
        a.name.localeCompare(b.name, 'vi'),
    )
    .slice(0, limit)
    .map(({ item }) => item);
}
