/**
 * Seconds to wait from a Retry-After header (RFC 9110 §10.2.3): either a number of seconds or
 * an HTTP date. Null when the header is missing or unreadable; never negative.
 */
export function retryAfterSeconds(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  // Every HTTP-date form starts with the day's name; Date.parse alone would take "-5" as a year.
  if (!/^[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
