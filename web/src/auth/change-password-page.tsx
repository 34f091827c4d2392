import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthClient, Session } from '../api/auth-client';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { PasswordField } from '../ui/form/password-field';
import { useDraft } from '../ui/form/use-draft';

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
  const { draft, bind } = useDraft({ current: '', next: '', again: '' });
  const { current, next, again } = draft;
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

  return (
    <div className="login-page">
      <main className="login-card">
        <header className="login-header">
          <h1>{t('password.title')}</h1>
          <p className="password-who">{session.user.displayName}</p>
        </header>
        <form className="login-form" onSubmit={submit} noValidate>
          <p className="login-intro">{t('password.intro', { count: minLength })}</p>
          <PasswordField
            label={t('password.current')}
            autoComplete="current-password"
            {...bind('current')}
          />
          <PasswordField label={t('password.next')} autoComplete="new-password" {...bind('next')} />
          <PasswordField
            label={t('password.again')}
            autoComplete="new-password"
            {...bind('again')}
          />
          <FormProblem text={problem} />
          <div className="form-buttons">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void onSignOut()}
            >
              {t('password.signOut')}
            </button>
            <SubmitButton pending={pending} pendingLabel={t('password.saving')}>
              {t('password.save')}
            </SubmitButton>
          </div>
        </form>
      </main>
    </div>
  );
}
