import { useEffect, useState } from 'react';

/**
 * True once `active` has stayed true for `delayMs`, so a fast load never flashes a spinner and
 * a slow one (over a second) always shows its progress.
 */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [active, delayMs]);
  return shown;
}
