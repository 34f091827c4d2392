import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from './api/auth-client';
import { geoClient } from './api/geo-client';
import { useAppConfig } from './api/use-app-config';
import { ChangePasswordPage } from './auth/change-password-page';
import { LoginPage } from './auth/login-page';
import { useIdleSessionCheck } from './auth/use-idle-session-check';
import { useSession } from './auth/use-session';
import { OfflineNotice } from './offline/offline-notice';
import { loadSignedInApp } from './router/page-chunks';
import { matchPublicPage } from './router/pages';
import { preloadWhileSigningIn } from './router/preload-after-login';
import { useLocation } from './router/use-location';
import { LazyBoundary, lazyPart } from './ui/lazy-part';
import { useDelayedFlag } from './ui/use-delayed-flag';

/** A session check slower than this shows that it is under way. */
const checkingDelayMs = 600;

// Their own chunks: the login page pulls neither the citizens' form nor any staff page, and
// the citizens' form none of the staff's code.
const PublicApp = lazyPart(
  () => import('./public/public-app'),
  (m) => m.PublicApp,
);
const SignedInApp = lazyPart(loadSignedInApp, (m) => m.SignedInApp);

/**
 * The public pages (the tip form at /bao-tin) open without a session and without asking for
 * one; every other address is the staff's app.
 */
export function App() {
  const { pathname } = useLocation();
  const publicPage = matchPublicPage(pathname);
  return (
    <>
      <OfflineNotice />
      {publicPage ? (
        <LazyBoundary>
          <PublicApp page={publicPage} />
        </LazyBoundary>
      ) : (
        <StaffApp />
      )}
    </>
  );
}

/** Asks who is signed in, then shows the login page or that user's pages (signed-in-app.tsx). */
function StaffApp() {
  const { t } = useTranslation();
  // Fetched once for both pages: the login page shows the commune and demo badge from it.
  const config = useAppConfig(geoClient);
  const { state, signIn, signOut, expire } = useSession(authClient);
  useIdleSessionCheck(authClient, state.status === 'signed-in', expire);
  const showChecking = useDelayedFlag(state.status === 'checking', checkingDelayMs);
  const signedOut = state.status === 'signed-out';
  useEffect(() => {
    if (signedOut) return preloadWhileSigningIn(window.location.pathname);
  }, [signedOut]);

  if (state.status === 'checking') {
    return (
      <div className="login-page" aria-busy="true">
        {showChecking && (
          <p className="loading login-checking" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('login.checking')}
          </p>
        )}
      </div>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <LoginPage client={authClient} config={config} notice={state.notice} onSignedIn={signIn} />
    );
  }
  if (state.session.mustChangePassword) {
    return (
      <ChangePasswordPage
        client={authClient}
        session={state.session}
        onChanged={signIn}
        onSignOut={signOut}
      />
    );
  }
  // Keyed by user: another account gets a fresh page, with nothing left from the last one.
  return (
    <LazyBoundary loadingText={t('pageState.loadingPage')}>
      <SignedInApp
        key={state.session.user.id}
        config={config}
        session={state.session}
        onSignOut={signOut}
      />
    </LazyBoundary>
  );
}
