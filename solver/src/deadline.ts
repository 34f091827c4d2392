/**
 * A time budget. `performance.now()` costs tens of nanoseconds, cheap next to one search
 * iteration, so loops may ask every iteration.
 */
export type Deadline = { passed(): boolean; remainingMs(): number; at: number };

export function deadlineIn(ms: number): Deadline {
  const at = performance.now() + ms;
  return {
    at,
    passed: () => performance.now() >= at,
    remainingMs: () => Math.max(0, at - performance.now()),
  };
}
