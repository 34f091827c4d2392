import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { Link } from '../router/link';
import { pagePath } from '../router/pages';
import { CardTable } from '../ui/card-table';
import { RowButton } from '../ui/row-button';
import { noFilters, searchFromFilters } from './audit-filters';

export type UserAction = 'edit' | 'reset-password' | 'deactivate' | 'reactivate';

interface UserListProps {
  users: User[];
  /** The administrator's own id: they cannot deactivate themselves. */
  ownId: number;
  /** The account a request is under way for; its buttons wait. */
  busyId: number | null;
  onAction: (user: User, action: UserAction) => void;
}

/** The accounts as a table on a laptop; on a phone each row becomes a card (see admin.css). */
export function UserList({ users, ownId, busyId, onAction }: UserListProps) {
  const { t } = useTranslation();
  return (
    <CardTable
      className="user-table"
      rows={users}
      rowProps={(user) => ({
        className: user.active ? undefined : 'inactive',
        'data-username': user.username,
      })}
      title={{
        label: t('users.username'),
        cell: (user) => (
          <>
            <code>{user.username}</code>
            {user.id === ownId && <span className="muted"> {t('users.you')}</span>}
          </>
        ),
      }}
      columns={[
        { label: t('users.displayName'), cell: (user) => user.displayName },
        { label: t('users.role'), className: 'nowrap', cell: (user) => t(`roles.${user.role}`) },
        {
          label: t('users.village'),
          cell: (user) => user.villageName ?? t('users.noVillage'),
        },
        { label: t('users.status'), cell: (user) => <UserStates user={user} /> },
      ]}
      actions={{
        label: t('users.actions'),
        cell: (user) => (
          <UserActions
            user={user}
            own={user.id === ownId}
            busy={busyId === user.id}
            onAction={onAction}
          />
        ),
      }}
    />
  );
}

/** Active or not, failed sign-ins, a temporary password still to change. */
function UserStates({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`state ${user.active ? 'state-on' : 'state-off'}`}>
        {t(user.active ? 'users.active' : 'users.inactive')}
      </span>
      {user.failedLogins > 0 && (
        <span className="state state-warn" title={t('users.failedLoginsHint')}>
          {t('users.failedLogins', { count: user.failedLogins })}
        </span>
      )}
      {user.mustChangePassword && (
        <span className="state state-warn">{t('users.temporaryPassword')}</span>
      )}
    </>
  );
}

interface UserActionsProps {
  user: User;
  /** The administrator's own account: it cannot be deactivated. */
  own: boolean;
  busy: boolean;
  onAction: (user: User, action: UserAction) => void;
}

/** An account's buttons, and the link to what was done to it in the audit log. */
function UserActions({ user, own, busy, onAction }: UserActionsProps) {
  const { t } = useTranslation();
  const row = { user, busy, onAction };
  const auditSearch = searchFromFilters({
    ...noFilters,
    entity: 'user',
    entityId: String(user.id),
  });
  return (
    <>
      <AccountButton action="edit" label={t('users.edit')} {...row} />
      <AccountButton action="reset-password" label={t('users.resetPassword')} {...row} />
      {user.active ? (
        <AccountButton
          action="deactivate"
          label={t('users.deactivate')}
          danger
          refused={own ? t('users.ownAccountNote') : null}
          {...row}
        />
      ) : (
        <AccountButton action="reactivate" label={t('users.reactivate')} {...row} />
      )}
      <Link
        className="text-link"
        to={`${pagePath('audit')}${auditSearch}`}
        aria-label={t('users.auditLinkLabel', { username: user.username })}
      >
        {t('users.auditLink')}
      </Link>
    </>
  );
}

interface AccountButtonProps {
  user: User;
  action: UserAction;
  label: string;
  busy: boolean;
  onAction: (user: User, action: UserAction) => void;
  danger?: boolean;
  /** Why this button may not be used for this account, shown as its title; null when it may. */
  refused?: string | null;
}

/** One action on one account, not to be used while a change is on its way or when refused. */
function AccountButton({
  user,
  action,
  label,
  busy,
  onAction,
  danger,
  refused,
}: AccountButtonProps) {
  return (
    <RowButton
      rowName={user.username}
      danger={danger}
      disabled={busy || Boolean(refused)}
      title={refused ?? undefined}
      onClick={() => onAction(user, action)}
    >
      {label}
    </RowButton>
  );
}
