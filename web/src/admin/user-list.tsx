import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { formatCommuneDateTime } from '../i18n/format';
import { Link } from '../router/link';
import { pagePath } from '../router/pages';
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
  // The API does not send the last login yet; the column appears once it does.
  const showLastLogin = users.some((user) => user.lastLoginAt !== undefined);
  return (
    <table className="data-table cards-on-phone user-table">
      <thead>
        <tr>
          <th scope="col">{t('users.username')}</th>
          <th scope="col">{t('users.displayName')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.village')}</th>
          <th scope="col">{t('users.status')}</th>
          {showLastLogin && <th scope="col">{t('users.lastLogin')}</th>}
          <th scope="col">{t('users.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const own = user.id === ownId;
          const busy = busyId === user.id;
          const hidden = <span className="visually-hidden"> {user.username}</span>;
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
                {user.locked && <span className="state state-warn">{t('users.locked')}</span>}
                {user.mustChangePassword && (
                  <span className="state state-warn">{t('users.temporaryPassword')}</span>
                )}
              </td>
              {showLastLogin && (
                <td data-label={t('users.lastLogin')}>
                  {user.lastLoginAt
                    ? formatCommuneDateTime(new Date(user.lastLoginAt))
                    : t('users.never')}
                </td>
              )}
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => onAction(user, 'edit')}
                >
                  {t('users.edit')}
                  {hidden}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => onAction(user, 'reset-password')}
                >
                  {t('users.resetPassword')}
                  {hidden}
                </button>
                {user.active ? (
                  <button
                    type="button"
                    className="button button-secondary button-danger button-small"
                    disabled={busy || own}
                    title={own ? t('users.ownAccountNote') : undefined}
                    onClick={() => onAction(user, 'deactivate')}
                  >
                    {t('users.deactivate')}
                    {hidden}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy}
                    onClick={() => onAction(user, 'reactivate')}
                  >
                    {t('users.reactivate')}
                    {hidden}
                  </button>
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
