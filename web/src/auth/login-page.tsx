import '../public/public.css';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthClient, LoginFailure, Session } from '../api/auth-client';
import type { AppConfig } from '../api/geo-types';
import { Link } from '../router/link';
import { preloadAfterLogin } from '../router/preload-after-login';
import { withoutCommunePrefix } from '../ui/app-header';
import { DemoAccountsHint } from './demo-accounts-hint';
import { loginFailureMessage } from './login-failure-message';
import type { SignedOutNotice } from './use-session';

interface LoginPageProps {
  client: AuthClient;
  /** Null while GET /api/config is on its way: the form works without it. */
  config: AppConfig | null;
  notice: SignedOutNotice | null;
  onSignedIn: (session: Session) => void;
}

type Problem =
  | { kind: 'missing'; field: 'username' | 'password' }
  | { kind: 'failed'; failure: LoginFailure };

const noticeKeys = {
  expired: 'login.expired',
  'signed-out': 'login.signedOut',
  'check-failed': 'login.checkFailed',
} as const;

export function LoginPage({ client, config, notice, onSignedIn }: LoginPageProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passwordShown, setPasswordShown] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [noticeShown, setNoticeShown] = useState(notice !== null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const communeName = config?.communeName ? withoutCommunePrefix(config.communeName) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setNoticeShown(false);
    const name = username.trim();
    if (!name) {
      setProblem({ kind: 'missing', field: 'username' });
      usernameRef.current?.focus();
      return;
    }
    if (!password) {
      setProblem({ kind: 'missing', field: 'password' });
      passwordRef.current?.focus();
      return;
    }
    setProblem(null);
    setPending(true);
    // The login request first: the files after it share the connection.
    const answer = client.login({ username: name, password });
    preloadAfterLogin(window.location.pathname);
    const result = await answer;
    setPending(false);
    if (result.ok) {
      onSignedIn(result.session);
      return;
    }
    setProblem({ kind: 'failed', failure: result.failure });
    if (result.failure.reason === 'invalid-credentials') {
      passwordRef.current?.focus();
      passwordRef.current?.select();
    }
  }

  const message =
    problem === null
      ? null
      : problem.kind === 'missing'
        ? t(problem.field === 'username' ? 'login.missingUsername' : 'login.missingPassword')
        : loginFailureMessage(t, problem.failure);
  const credentialsWrong =
    problem?.kind === 'failed' && problem.failure.reason === 'invalid-credentials';
  const usernameInvalid =
    credentialsWrong || (problem?.kind === 'missing' && problem.field === 'username');
  const passwordInvalid =
    credentialsWrong || (problem?.kind === 'missing' && problem.field === 'password');
  const errorId = `${ids}-error`;

  return (
    <div className="login-page">
      <main className="login-card">
        <header className="login-header">
          {communeName && (
            <p className="login-commune">{t('app.commune', { name: communeName })}</p>
          )}
          <h1>{t('app.title')}</h1>
          {config?.demoData && (
            <p className="demo-badge login-demo-badge" title={t('demo.explanation')}>
              <span aria-hidden="true">⚠</span> {t('demo.badge')}
              <span className="visually-hidden">: {t('demo.explanation')}</span>
            </p>
          )}
        </header>

        <form className="login-form" noValidate onSubmit={submit} aria-busy={pending}>
          <h2>{t('login.title')}</h2>
          <p className="muted login-intro">{t('login.intro')}</p>
          {notice && noticeShown && (
            <p className={`login-notice login-notice-${notice}`} role="status">
              {t(noticeKeys[notice])}
            </p>
          )}

          <label htmlFor={`${ids}-username`}>{t('login.username')}</label>
          <input
            ref={usernameRef}
            id={`${ids}-username`}
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="next"
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter after the name goes on to the password rather than complaining it is empty.
              if (event.key === 'Enter' && username.trim() && !password) {
                event.preventDefault();
                passwordRef.current?.focus();
              }
            }}
            aria-invalid={usernameInvalid || undefined}
            aria-describedby={usernameInvalid ? errorId : undefined}
          />

          <label htmlFor={`${ids}-password`}>{t('login.password')}</label>
          <div className="password-field">
            <input
              ref={passwordRef}
              id={`${ids}-password`}
              name="password"
              type={passwordShown ? 'text' : 'password'}
              autoComplete="current-password"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="go"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              aria-invalid={passwordInvalid || undefined}
              aria-describedby={passwordInvalid ? errorId : undefined}
            />
            <button
              type="button"
              className="password-toggle"
              aria-pressed={passwordShown}
              aria-controls={`${ids}-password`}
              aria-label={t(passwordShown ? 'login.hidePasswordLabel' : 'login.showPasswordLabel')}
              onClick={() => setPasswordShown((shown) => !shown)}
            >
              {t(passwordShown ? 'login.hidePassword' : 'login.showPassword')}
            </button>
          </div>

          <div id={errorId} className="login-error" role="alert">
            {message}
          </div>

          <button
            ref={submitRef}
            type="submit"
            className="button login-submit"
            aria-disabled={pending || undefined}
          >
            {pending && <span className="spinner spinner-small" aria-hidden="true" />}
            {t(pending ? 'login.submitting' : 'login.submit')}
          </button>
        </form>

        <p className="login-public-link">
          <Link to="/bao-tin">{t('publicTip.fromLogin')}</Link>
        </p>

        {config?.demoData && (
          <DemoAccountsHint
            onPick={(account) => {
              setUsername(account.username);
              setPassword(account.password);
              setProblem(null);
              submitRef.current?.focus();
            }}
          />
        )}
      </main>
    </div>
  );
}
