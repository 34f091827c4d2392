import { userRoles } from '@ntm/db/schema/values';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, User } from '../api/admin-client';
import { formatCommuneDateTime } from '../i18n/format';
import { ColumnHeads } from '../ui/column-heads';
import { AuditDiffTable } from './audit-diff-table';
import { isAuditAction, isAuditEntity } from './audit-labels';

interface AuditListProps {
  entries: AuditEntry[];
  usersById: ReadonlyMap<number, User>;
  villageNames: ReadonlyMap<number, string>;
}

const isRole = (value: string | null): value is (typeof userRoles)[number] =>
  value !== null && (userRoles as readonly string[]).includes(value);

/** Audit entries, newest first; a row opens to show what it changed. */
export function AuditList({ entries, usersById, villageNames }: AuditListProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const changed = new Set(current);
      if (!changed.delete(id)) changed.add(id);
      return changed;
    });

  return (
    <table className="data-table cards-on-phone audit-table">
      <ColumnHeads
        columns={[
          t('audit.time'),
          t('audit.user'),
          t('audit.role'),
          t('audit.action'),
          t('audit.entity'),
          t('audit.requestId'),
          { label: t('audit.details'), hidden: true },
        ]}
      />
      <tbody>
        {entries.map((entry) => {
          const expanded = open.has(entry.id);
          const detailsId = `audit-details-${entry.id}`;
          const actor = entry.userId !== null ? usersById.get(entry.userId) : undefined;
          const entityLabel = isAuditEntity(entry.entity)
            ? t(`auditEntity.${entry.entity}`)
            : entry.entity;
          const subject =
            entry.entity === 'user' && entry.entityId !== null
              ? usersById.get(Number(entry.entityId))?.username
              : undefined;
          return (
            <Fragment key={entry.id}>
              <tr className={`action-${entry.action}`} data-entry-id={entry.id}>
                <th scope="row" className="card-title">
                  <time dateTime={entry.at}>{formatCommuneDateTime(new Date(entry.at))}</time>
                </th>
                <td data-label={t('audit.user')}>
                  {entry.username ? <code>{entry.username}</code> : t('audit.systemUser')}
                  {actor && <span className="muted"> {actor.displayName}</span>}
                </td>
                <td data-label={t('audit.role')}>
                  {isRole(entry.role) ? t(`roles.${entry.role}`) : (entry.role ?? '—')}
                </td>
                <td data-label={t('audit.action')}>
                  <span className="action-label">
                    {isAuditAction(entry.action) ? t(`auditAction.${entry.action}`) : entry.action}
                  </span>
                </td>
                <td data-label={t('audit.entity')}>
                  {entry.entityId !== null
                    ? t('audit.entityWithId', { entity: entityLabel, id: entry.entityId })
                    : entityLabel}
                  {subject && <span className="muted"> ({subject})</span>}
                </td>
                <td data-label={t('audit.requestId')}>
                  <code className="request-id" title={entry.requestId ?? undefined}>
                    {entry.requestId ?? '—'}
                  </code>
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    onClick={() => toggle(entry.id)}
                  >
                    {t(expanded ? 'audit.hideDetails' : 'audit.showDetails')}
                  </button>
                </td>
              </tr>
              {expanded && (
                <tr id={detailsId} className="details-row">
                  <td colSpan={7}>
                    {entry.requestId && (
                      <p className="details-request">
                        {t('audit.requestId')}: <code>{entry.requestId}</code>
                      </p>
                    )}
                    <AuditDiffTable
                      entity={entry.entity}
                      diff={entry.diff}
                      villageNames={villageNames}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
