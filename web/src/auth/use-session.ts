import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { AuthClient, Session } from '../api/auth-client';
import { onSessionLost } from '../api/session-expiry';
import { forgetSession, rememberedSession, rememberSession } from '../offline/remembered-session';

/** Why the login page is showing, when there is something to say about it. */
export type SignedOutNotice = 'expired' | 'signed-out' | 'check-failed';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice: SignedOutNotice | null }
  | { status: 'signed-in'; session: Session };

/**
 * Who is signed in. Starts by asking the API (GET /api/auth/me); any later 401 from any call
 * means the session ended and returns to the login page with a note saying so.
 */
export function useSession(client: AuthClient) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    client.me(controller.signal).then(
      (check) => {
        if (check.signedIn) rememberSession(check.session);
        else forgetSession();
        setState(
          check.signedIn
            ? { status: 'signed-in', session: check.session }
            : { status: 'signed-out', notice: check.expired ? 'expired' : null },
        );
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Offline (at the door): the last account signed in here, so records can still be made.
        const remembered =
          error instanceof ApiError && error.kind === 'network' && rememberedSession();
        if (remembered) {
          setState({ status: 'signed-in', session: remembered });
          return;
        }
        console.error('GET /api/auth/me failed:', error);
        setState({ status: 'signed-out', notice: 'check-failed' });
      },
    );
    return () => controller.abort();
  }, [client]);

  const signedIn = state.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    return onSessionLost(() => {
      forgetSession();
      setState({ status: 'signed-out', notice: 'expired' });
    });
  }, [signedIn]);

  const signIn = useCallback((session: Session) => {
    rememberSession(session);
    setState({ status: 'signed-in', session });
  }, []);
  const expire = useCallback(() => {
    forgetSession();
    setState({ status: 'signed-out', notice: 'expired' });
  }, []);

  /** Resolves once the API has ended the session; rejects (and stays signed in) if it could not. */
  const signOut = useCallback(async () => {
    await client.logout();
    forgetSession();
    setState({ status: 'signed-out', notice: 'signed-out' });
  }, [client]);

  return { state, signIn, signOut, expire };
}
