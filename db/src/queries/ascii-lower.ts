/**
 * Lower case without diacritics, đ as d ('Thôn Phù Tải' → 'thon phu tai'): what two spellings of
 * one Vietnamese name share, before a key, a slug or a header's words are made of it.
 */
export function asciiLower(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
