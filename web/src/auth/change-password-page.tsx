import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthClient, Session } from '../api/auth-client';

const minLength = 10;

interface ChangePasswordPageProps {
  client: AuthClient;
  session: Session;
  onChanged: (session: Session) => void;
  onSignOut: () => Promise<void>;
}

/**
 * After an admin created the account or reset its password: the temporary password must be
 * replaced before anything else (the API refuses everything else meanwhile).
 */
export function ChangePasswordPage({
  client,
  session,
  onChanged,
  onSignOut,
}: ChangePasswordPageProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!current) return setProblem(t('password.missingCurrent'));
    if (next.length < minLength) return setProblem(t('password.tooShort', { count: minLength }));
    if (next !== again) return setProblem(t('password.mismatch'));
    setProblem(null);
    setPending(true);
    try {
      const result = await client.changePassword({ currentPassword: current, newPassword: next });
      if (result.ok) return onChanged(result.session);
      setProblem(result.message || t('password.tooShort', { count: minLength }));
    } catch {
      setProblem(t('password.failed'));
    } finally {
      setPending(false);
    }
  }

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    autoComplete: string,
  ) => (
    <label className="form-field" htmlFor={`${ids}-${id}`}>
      <span>{label}</span>
      <input
        id={`${ids}-${id}`}
        type="password"
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => set(event.target.value)}
      />
    </label>
  );

  return (
    <div className="login-page">
      <main className="login-card">
        <header className="login-header">
          <h1>{t('password.title')}</h1>
          <p className="password-who">{session.user.displayName}</p>
        </header>
        <form className="login-form" onSubmit={submit} noValidate>
          <p className="login-intro">{t('password.intro', { count: minLength })}</p>
          {field('current', t('password.current'), current, setCurrent, 'current-password')}
          {field('next', t('password.next'), next, setNext, 'new-password')}
          {field('again', t('password.again'), again, setAgain, 'new-password')}
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="form-buttons">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void onSignOut()}
            >
              {t('password.signOut')}
            </button>
            <button type="submit" className="button" disabled={pending} aria-busy={pending}>
              {pending ? t('password.saving') : t('password.save')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
