import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';

interface AccountBarProps {
  session: Session;
  /** Resolves once signed out; a rejection means the API could not be reached. */
  onSignOut: () => Promise<void>;
}

/** Who is signed in, in which role, and the way out. */
export function AccountBar({ session, onSignOut }: AccountBarProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const role = t(`roles.${session.role}`);
  const roleText = session.village
    ? t('account.roleOfVillage', { role, village: session.village.name })
    : role;

  async function signOut() {
    if (pending) return;
    setPending(true);
    setFailed(false);
    try {
      await onSignOut();
    } catch (error) {
      console.error('POST /api/auth/logout failed:', error);
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <div className="account">
      <p className="account-who">
        <span className="visually-hidden">{t('account.signedInAs')}: </span>
        <span className="account-name" title={session.user.displayName}>
          {session.user.displayName}
        </span>
        <span className="account-role">{roleText}</span>
      </p>
      <button
        type="button"
        className="button button-on-dark"
        aria-disabled={pending || undefined}
        onClick={signOut}
      >
        {t(pending ? 'account.signingOut' : 'account.signOut')}
      </button>
      {failed && (
        <p className="account-error" role="alert">
          {t('account.signOutFailed')}
        </p>
      )}
    </div>
  );
}
