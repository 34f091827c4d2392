import '../public/public.css';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthClient, LoginFailure, Session } from '../api/auth-client';
import type { AppConfig } from '../api/geo-types';
import { Link } from '../router/link';
import { preloadAfterLogin } from '../router/preload-after-login';
import { withoutCommunePrefix } from '../ui/app-header';
import { SubmitButton } from '../ui/form/form-actions';
import { PasswordField } from '../ui/form/password-field';
import { TextField } from '../ui/form/text-field';
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

const missingKeys = {
  username: 'login.missingUsername',
  password: 'login.missingPassword',
} as const;

const noticeKeys = {
  expired: 'login.expired',
  'signed-out': 'login.signedOut',
  'check-failed': 'login.checkFailed',
} as const;

export function LoginPage({ client, config, notice, onSignedIn }: LoginPageProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
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

  // A missing field is said under it; a refusal once, above the button.
  const missing = problem?.kind === 'missing' ? problem.field : null;
  const failure = problem?.kind === 'failed' ? problem.failure : null;
  const credentialsWrong = failure?.reason === 'invalid-credentials';
  // What the name and the password have alike: their words, and how a problem marks them.
  const credential = (field: 'username' | 'password') => ({
    label: t(`login.${field}`),
    name: field,
    error: missing === field ? t(missingKeys[field]) : null,
    invalid: credentialsWrong,
  });

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

          <TextField
            {...credential('username')}
            ref={usernameRef}
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="next"
            value={username}
            onChange={setUsername}
            onKeyDown={(event) => {
              // Enter after the name goes on to the password rather than complaining it is empty.
              if (event.key === 'Enter' && username.trim() && !password) {
                event.preventDefault();
                passwordRef.current?.focus();
              }
            }}
          />
          <PasswordField
            {...credential('password')}
            ref={passwordRef}
            autoComplete="current-password"
            enterKeyHint="go"
            value={password}
            onChange={setPassword}
          />

          <div className="login-error" role="alert">
            {failure && loginFailureMessage(t, failure)}
          </div>

          <SubmitButton
            ref={submitRef}
            pending={pending}
            pendingLabel={t('login.submitting')}
            className="button login-submit"
          >
            {t('login.submit')}
          </SubmitButton>
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
