/**
 * Small-cell suppression for every number about support cases that leaves the health role
 * (DOMAIN.md: k < 5). A count of 1–4 shows as "<5"; where a table also shows its total, one
 * hidden cell could be had back by subtraction, so a second cell is hidden with it ("hidden"):
 * the smallest other non-zero one. Zero stays zero (nobody to protect), and a total of 1–4 is
 * "<5" itself.
 */
export type SafeCount = number | '<5' | 'hidden';

export const minShownCount = 5;

export interface SafeTable<K> {
  cells: { key: K; count: SafeCount }[];
  total: SafeCount;
}

const isSmall = (n: number) => n > 0 && n < minShownCount;

/** One table of counts that partition a total, made safe to show beside that total. */
export function suppressTable<K>(cells: readonly { key: K; count: number }[]): SafeTable<K> {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const hidden = new Set<number>();
  cells.forEach((c, i) => {
    if (isSmall(c.count)) hidden.add(i);
  });
  let safeTotal: SafeCount = isSmall(total) ? '<5' : total;
  if (hidden.size === 1 && typeof safeTotal === 'number') {
    let partner = -1;
    let partnerCount = Number.POSITIVE_INFINITY;
    cells.forEach((c, i) => {
      if (hidden.has(i) || c.count === 0 || c.count >= partnerCount) return;
      partner = i;
      partnerCount = c.count;
    });
    // No other non-zero cell: the total alone would give the hidden one away.
    if (partner < 0) safeTotal = 'hidden';
    else hidden.add(partner);
  }
  return {
    cells: cells.map((c, i) => ({
      key: c.key,
      count: !hidden.has(i) ? c.count : isSmall(c.count) ? '<5' : 'hidden',
    })),
    total: safeTotal,
  };
}

export interface SafeShare {
  part: SafeCount;
  whole: SafeCount;
  /** part ÷ whole, 0–1; null when hidden (either part or the rest is 1–4) or whole is 0. */
  share: number | null;
}

/**
 * A share (reached of eligible): the part and the rest partition the whole, so both are
 * checked; if either is small, part and share are hidden and the whole shows only if safe.
 */
export function suppressShare(part: number, whole: number): SafeShare {
  const table = suppressTable([
    { key: 'part', count: part },
    { key: 'rest', count: whole - part },
  ]);
  const [safePart, safeRest] = table.cells.map((c) => c.count) as [SafeCount, SafeCount];
  const hidden = typeof safePart !== 'number' || typeof safeRest !== 'number';
  return {
    part: safePart,
    whole: table.total,
    share: hidden || whole === 0 ? null : part / whole,
  };
}

/** For the health role itself: the same shapes with nothing hidden. */
export function exactTable<K>(cells: readonly { key: K; count: number }[]): SafeTable<K> {
  return { cells: cells.map((c) => ({ ...c })), total: cells.reduce((s, c) => s + c.count, 0) };
}

export function exactShare(part: number, whole: number): SafeShare {
  return { part, whole, share: whole === 0 ? null : part / whole };
}

/** "<5", "ẩn" or the number in vi-VN, for documents and screens. */
export function formatSafeCount(count: SafeCount): string {
  if (count === '<5') return '<5';
  if (count === 'hidden') return 'ẩn';
  return count.toLocaleString('vi-VN');
}
