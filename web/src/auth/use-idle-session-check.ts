import { useEffect, useRef } from 'react';
import type { AuthClient } from '../api/auth-client';

/** The API ends a session after this long without a request. */
const sessionIdleMs = 30 * 60_000;
/** While someone is using the map (which needs no requests), their session is renewed this often. */
const keepAliveMs = 5 * 60_000;
/** Asked a little after the server's limit, so the server has surely decided. */
const graceMs = 15_000;
const inputEvents = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * The map loads its data once, so an idle session would otherwise end unseen on the server
 * while the page kept showing sensitive data. This keeps the server's idea of "idle" the same
 * as the person's: input renews the session (at most every few minutes), and once there has
 * been no input for the idle limit it asks GET /api/auth/me and calls `onEnded` on a 401.
 */
export function useIdleSessionCheck(client: AuthClient, active: boolean, onEnded: () => void) {
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let lastInput = Date.now();
    let lastContact = Date.now();
    let asking = false;
    let timer = 0;
    const dueAt = () => Math.max(lastInput, lastContact) + sessionIdleMs + graceMs;

    const ask = async () => {
      if (asking) return;
      asking = true;
      try {
        const check = await client.me();
        if (stopped) return;
        lastContact = Date.now();
        if (!check.signedIn) {
          ended.current();
          return;
        }
      } catch (error) {
        console.warn('Could not check the session; will ask again.', error);
      } finally {
        asking = false;
      }
      if (!stopped) schedule();
    };

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(
        () => (Date.now() >= dueAt() ? void ask() : schedule()),
        Math.max(1000, dueAt() - Date.now()),
      );
    }

    const onInput = () => {
      lastInput = Date.now();
      if (lastInput - lastContact > keepAliveMs) void ask();
    };
    // Timers in a background tab may run late; coming back to it is a good moment to check.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() >= dueAt()) void ask();
    };

    for (const type of inputEvents) window.addEventListener(type, onInput, { passive: true });
    document.addEventListener('visibilitychange', onVisible);
    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const type of inputEvents) window.removeEventListener(type, onInput);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, active]);
}
