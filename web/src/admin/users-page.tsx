import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminClient, type Failure, type User } from '../api/admin-client';
import type { Session } from '../api/auth-client';
import { useLoad } from '../api/use-load';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadStatus } from '../ui/load-status';
import { PageHeading } from '../ui/page-heading';
import { TemporaryPassword } from './temporary-password';
import { useVillageOptions } from './use-village-options';
import { UserForm } from './user-form';
import { type FormProblems, problemsFromFailure, type UserDraft } from './user-form-problems';
import { type UserAction, UserList } from './user-list';
import { withUser } from './user-order';
import './admin.css';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'confirm-reset'; user: User }
  | { kind: 'confirm-deactivate'; user: User }
  | { kind: 'password'; username: string; password: string };

type Notice = { kind: 'done' | 'failed'; text: string };

const loadUsers = (signal: AbortSignal) => adminClient.users(signal);

/** The administrator's accounts page: list, create, change, reset a password, deactivate. */
export function UsersPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { state, retry, update } = useLoad(loadUsers, 'users');
  const villages = useVillageOptions();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  function failed(failure: Failure) {
    const form = problemsFromFailure(failure).form ?? { problem: 'server' as const };
    setNotice({
      kind: 'failed',
      text: t(`userForm.problems.${form.problem}`, { status: form.status }),
    });
  }

  async function create(draft: UserDraft): Promise<FormProblems | null> {
    if (draft.role === '') return null; // checkDraft has already refused it
    const result = await adminClient.createUser({
      username: draft.username,
      displayName: draft.displayName.trim(),
      role: draft.role,
      villageId: draft.villageId,
    });
    if (!result.ok) return problemsFromFailure(result.failure);
    const { user, temporaryPassword } = result.value;
    update((users) => withUser(users, user));
    setNotice({ kind: 'done', text: t('users.created', { username: user.username }) });
    setDialog({ kind: 'password', username: user.username, password: temporaryPassword });
    return null;
  }

  async function save(user: User, draft: UserDraft): Promise<FormProblems | null> {
    if (draft.role === '') return null;
    const result = await adminClient.updateUser(user.id, {
      displayName: draft.displayName.trim(),
      role: draft.role,
      villageId: draft.villageId,
    });
    if (!result.ok) return problemsFromFailure(result.failure);
    update((users) => withUser(users, result.value));
    setNotice({ kind: 'done', text: t('users.updated', { username: user.username }) });
    setDialog(null);
    return null;
  }

  async function resetPassword(user: User) {
    setBusyId(user.id);
    const result = await adminClient.resetPassword(user.id);
    setBusyId(null);
    if (!result.ok) {
      setDialog(null);
      failed(result.failure);
      return;
    }
    setNotice(null);
    setDialog({
      kind: 'password',
      username: user.username,
      password: result.value.temporaryPassword,
    });
  }

  async function setActive(user: User, active: boolean) {
    setBusyId(user.id);
    const result = await adminClient.updateUser(user.id, { active });
    setBusyId(null);
    setDialog(null);
    if (!result.ok) {
      failed(result.failure);
      return;
    }
    update((users) => withUser(users, result.value));
    const key = active ? 'users.reactivated' : 'users.deactivated';
    setNotice({ kind: 'done', text: t(key, { username: user.username }) });
  }

  function act(user: User, action: UserAction) {
    setNotice(null);
    if (action === 'edit') setDialog({ kind: 'edit', user });
    else if (action === 'reset-password') setDialog({ kind: 'confirm-reset', user });
    else if (action === 'deactivate') setDialog({ kind: 'confirm-deactivate', user });
    else void setActive(user, true);
  }

  return (
    <div className="admin-page">
      <PageHeading title={t('users.title')} intro={t('users.intro')}>
        <button
          type="button"
          className="button"
          disabled={state.status !== 'ready'}
          onClick={() => {
            setNotice(null);
            setDialog({ kind: 'create' });
          }}
        >
          + {t('users.add')}
        </button>
      </PageHeading>
      <p className={notice ? `notice notice-${notice.kind}` : 'notice-empty'} role="status">
        {notice?.text ?? ''}
      </p>
      <LoadStatus state={state} onRetry={retry} />
      {state.status === 'ready' && (
        <section aria-labelledby="user-list-title">
          <h2 id="user-list-title" className="section-title">
            {t('users.listTitle')}{' '}
            <span className="muted">({t('users.count', { count: state.data.length })})</span>
          </h2>
          <UserList
            users={state.data}
            ownId={Number(session.user.id)}
            busyId={busyId}
            onAction={act}
          />
        </section>
      )}
      {dialog?.kind === 'create' && (
        <UserForm
          user={null}
          villages={villages}
          onSubmit={create}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <UserForm
          user={dialog.user}
          villages={villages}
          onSubmit={(draft) => save(dialog.user, draft)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'confirm-reset' && (
        <ConfirmDialog
          title={t('users.confirmResetTitle', { username: dialog.user.username })}
          text={t('users.confirmReset')}
          confirmLabel={t('users.resetPassword')}
          pending={busyId === dialog.user.id}
          onConfirm={() => resetPassword(dialog.user)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'confirm-deactivate' && (
        <ConfirmDialog
          title={t('users.confirmDeactivateTitle', { username: dialog.user.username })}
          text={t('users.confirmDeactivate')}
          confirmLabel={t('users.deactivate')}
          danger
          pending={busyId === dialog.user.id}
          onConfirm={() => setActive(dialog.user, false)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'password' && (
        <TemporaryPassword
          username={dialog.username}
          password={dialog.password}
          onDone={() => setDialog(null)}
        />
      )}
    </div>
  );
}
