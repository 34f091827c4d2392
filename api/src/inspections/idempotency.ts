/** Why the key cannot be used; null when it can (or when there is none). */
export type KeyProblem = 'mismatch' | null;

/**
 * The record's idempotency key, from the `Idempotency-Key` header or the body's field (a
 * client may send both, e.g. a queued body replayed with the header): both must then agree.
 */
export function resolveIdempotencyKey(
  header: string | undefined,
  field: string | undefined,
): { key: string | null; problem: KeyProblem } {
  const fromHeader = header?.trim() || undefined;
  if (fromHeader && field && fromHeader !== field) return { key: null, problem: 'mismatch' };
  return { key: fromHeader ?? field ?? null, problem: null };
}
