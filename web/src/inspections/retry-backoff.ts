/** The first retry waits this long; each further one twice as long, up to `maxDelayMs`. */
export const firstDelayMs = 2_000;
export const maxDelayMs = 5 * 60_000;

/**
 * How long to wait before attempt `attempts + 1`, with up to 20% jitter (`random` in [0, 1))
 * so that phones coming back online together do not all ask at the same moment.
 */
export function retryDelayMs(attempts: number, random = Math.random()): number {
  const base = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.2 * random));
}
