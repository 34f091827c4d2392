import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { adminClient } from '../api/admin-client';
import { useLoad } from '../api/use-load';
import { pagePath } from '../router/pages';
import { navigate } from '../router/use-location';
import { LoadError, LoadStatus, Spinner } from '../ui/load-status';
import { PageHeading } from '../ui/page-heading';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { AuditFilterForm } from './audit-filter-form';
import { filtersFromSearch, searchFromFilters } from './audit-filters';
import { AuditList } from './audit-list';
import { useAuditLog } from './use-audit-log';
import { useVillageOptions } from './use-village-options';
import './admin.css';

const loadUsers = (signal: AbortSignal) => adminClient.users(signal);

/** The administrator's view of the audit trail; the filters are the page's query string. */
export function AuditPage({ search }: { search: string }) {
  const { t } = useTranslation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const log = useAuditLog(filters);
  const users = useLoad(loadUsers, 'users');
  const villages = useVillageOptions();
  const userList = users.state.status === 'ready' ? users.state.data : null;
  const usersById = useMemo(() => new Map(userList?.map((u) => [u.id, u])), [userList]);
  const villageNames = useMemo(() => new Map(villages?.map((v) => [v.id, v.name])), [villages]);
  const loadingMore = log.moreStatus === 'loading';
  const showMoreSpinner = useDelayedFlag(loadingMore, 1000);

  return (
    <div className="admin-page">
      <PageHeading title={t('audit.title')} intro={t('audit.intro')} />
      <AuditFilterForm
        key={search}
        filters={filters}
        users={userList}
        onApply={(next) => navigate(`${pagePath('audit')}${searchFromFilters(next)}`)}
      />
      <LoadStatus state={log.state} onRetry={log.retry} />
      {log.state.status === 'ready' && (
        <section aria-label={t('audit.title')}>
          {log.entries.length === 0 ? (
            <p className="empty-state">{t('audit.noEntries')}</p>
          ) : (
            <>
              <p className="muted" role="status">
                {t('audit.shown', { count: log.entries.length })}
              </p>
              <AuditList entries={log.entries} usersById={usersById} villageNames={villageNames} />
            </>
          )}
          <div className="list-end">
            {log.next !== null ? (
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={loadingMore || undefined}
                onClick={log.loadMore}
              >
                {t(loadingMore ? 'audit.loadingMore' : 'audit.loadMore')}
              </button>
            ) : (
              log.entries.length > 0 && <p className="muted">{t('audit.end')}</p>
            )}
            {showMoreSpinner && <Spinner text={t('audit.loadingMore')} />}
            {typeof log.moreStatus === 'object' && (
              <LoadError failure={log.moreStatus} onRetry={log.loadMore} />
            )}
          </div>
        </section>
      )}
    </div>
  );
}
