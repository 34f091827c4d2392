import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { Link } from '../router/link';
import { pagePath } from '../router/pages';
import { ColumnHeads } from '../ui/column-heads';
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
    <table className="data-table cards-on-phone user-table">
      <ColumnHeads
        columns={[
          t('users.username'),
          t('users.displayName'),
          t('users.role'),
          t('users.village'),
          t('users.status'),
          t('users.actions'),
        ]}
      />
      <tbody>
        {users.map((user) => {
          const own = user.id === ownId;
          const busy = busyId === user.id;
          const row = { user, busy, onAction };
          const auditSearch = searchFromFilters({
            ...noFilters,
            entity: 'user',
            entityId: String(user.id),
          });
          return (
            <tr
              key={user.id}
              className={user.active ? undefined : 'inactive'}
              data-username={user.username}
            >
              <th scope="row" className="card-title">
                <code>{user.username}</code>
                {own && <span className="muted"> {t('users.you')}</span>}
              </th>
              <td data-label={t('users.displayName')}>{user.displayName}</td>
              <td data-label={t('users.role')} className="nowrap">
                {t(`roles.${user.role}`)}
              </td>
              <td data-label={t('users.village')}>{user.villageName ?? t('users.noVillage')}</td>
              <td data-label={t('users.status')}>
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
              </td>
              <td className="row-actions">
                <RowButton action="edit" label={t('users.edit')} {...row} />
                <RowButton action="reset-password" label={t('users.resetPassword')} {...row} />
                {user.active ? (
                  <RowButton
                    action="deactivate"
                    label={t('users.deactivate')}
                    danger
                    refused={own ? t('users.ownAccountNote') : null}
                    {...row}
                  />
                ) : (
                  <RowButton action="reactivate" label={t('users.reactivate')} {...row} />
                )}
                <Link
                  className="text-link"
                  to={`${pagePath('audit')}${auditSearch}`}
                  aria-label={t('users.auditLinkLabel', { username: user.username })}
                >
                  {t('users.auditLink')}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface RowButtonProps {
  user: User;
  action: UserAction;
  label: string;
  busy: boolean;
  onAction: (user: User, action: UserAction) => void;
  danger?: boolean;
  /** Why this button may not be used for this account, shown as its title; null when it may. */
  refused?: string | null;
}

/** One action on one account; screen readers also hear whose account it is. */
function RowButton({ user, action, label, busy, onAction, danger, refused }: RowButtonProps) {
  return (
    <button
      type="button"
      className={`button button-secondary${danger ? ' button-danger' : ''} button-small`}
      disabled={busy || Boolean(refused)}
      title={refused ?? undefined}
      onClick={() => onAction(user, action)}
    >
      {label}
      <span className="visually-hidden"> {user.username}</span>
    </button>
  );
}
