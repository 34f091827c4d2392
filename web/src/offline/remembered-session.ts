import type { Session } from '../api/auth-client';
import { forgetCachedLayers } from './layer-cache';

// Who was signed in on this device, for a page opened without a connection: the inspection
// form must open at the door although GET /api/auth/me cannot be asked. Only the account's
// public facts (no token: the cookie stays httpOnly); forgotten at sign-out. The server still
// decides: the first request once online answers 401 if the session has ended meanwhile.
// The layers kept for offline use belong to the remembered account and go with it.

const storageKey = 'ntm.remembered-session';

export function rememberSession(session: Session): void {
  if (rememberedSession()?.user.id !== session.user.id) forgetCachedLayers();
  try {
    localStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // Storage refused (private mode, quota): the app then simply needs a connection to start.
  }
}

export function rememberedSession(): Session | null {
  try {
    const raw = localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function forgetSession(): void {
  forgetCachedLayers();
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // nothing kept, nothing to forget
  }
}
