// Pure and free of imports: the db's queries, the domain and the web bundle may all use it.

/**
 * Vietnamese letters without their marks, case kept: 'Đan Giáp' → 'Dan Giap', 'Phù Tải' →
 * 'Phu Tai'. Composed or decomposed input gives the same answer (NFD, then the combining marks
 * go); đ and Đ, letters of their own rather than marked ones, become d and D.
 */
export function withoutMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
