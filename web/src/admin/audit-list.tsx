import { userRoles } from '@ntm/db/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, User } from '../api/admin-client';
import { formatCommuneDateTime } from '../i18n/format';
import { CardTable } from '../ui/card-table';
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
    <CardTable
      className="audit-table"
      rows={entries}
      rowProps={(entry) => ({ className: `action-${entry.action}`, 'data-entry-id': entry.id })}
      title={{
        label: t('audit.time'),
        cell: (entry) => (
          <time dateTime={entry.at}>{formatCommuneDateTime(new Date(entry.at))}</time>
        ),
      }}
      columns={[
        {
          label: t('audit.user'),
          cell: (entry) => {
            const actor = entry.userId !== null ? usersById.get(entry.userId) : undefined;
            return (
              <>
                {entry.username ? <code>{entry.username}</code> : t('audit.systemUser')}
                {actor && <span className="muted"> {actor.displayName}</span>}
              </>
            );
          },
        },
        {
          label: t('audit.role'),
          cell: (entry) => (isRole(entry.role) ? t(`roles.${entry.role}`) : (entry.role ?? '—')),
        },
        {
          label: t('audit.action'),
          cell: (entry) => (
            <span className="action-label">
              {isAuditAction(entry.action) ? t(`auditAction.${entry.action}`) : entry.action}
            </span>
          ),
        },
        {
          label: t('audit.entity'),
          cell: (entry) => <EntityCell entry={entry} usersById={usersById} />,
        },
        {
          label: t('audit.requestId'),
          cell: (entry) => (
            <code className="request-id" title={entry.requestId ?? undefined}>
              {entry.requestId ?? '—'}
            </code>
          ),
        },
      ]}
      actions={{
        label: t('audit.details'),
        hidden: true,
        cell: (entry) => {
          const expanded = open.has(entry.id);
          return (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-expanded={expanded}
              aria-controls={expanded ? detailsId(entry) : undefined}
              onClick={() => toggle(entry.id)}
            >
              {t(expanded ? 'audit.hideDetails' : 'audit.showDetails')}
            </button>
          );
        },
      }}
      after={(entry) =>
        open.has(entry.id) && (
          <tr id={detailsId(entry)} className="details-row">
            <td colSpan={7}>
              {entry.requestId && (
                <p className="details-request">
                  {t('audit.requestId')}: <code>{entry.requestId}</code>
                </p>
              )}
              <AuditDiffTable entity={entry.entity} diff={entry.diff} villageNames={villageNames} />
            </td>
          </tr>
        )
      }
    />
  );
}

const detailsId = (entry: AuditEntry) => `audit-details-${entry.id}`;

interface EntityCellProps {
  entry: AuditEntry;
  usersById: ReadonlyMap<number, User>;
}

/** What the entry changed: the kind of record and its id, and a user's name. */
function EntityCell({ entry, usersById }: EntityCellProps) {
  const { t } = useTranslation();
  const entityLabel = isAuditEntity(entry.entity) ? t(`auditEntity.${entry.entity}`) : entry.entity;
  const subject =
    entry.entity === 'user' && entry.entityId !== null
      ? usersById.get(Number(entry.entityId))?.username
      : undefined;
  return (
    <>
      {entry.entityId !== null
        ? t('audit.entityWithId', { entity: entityLabel, id: entry.entityId })
        : entityLabel}
      {subject && <span className="muted"> ({subject})</span>}
    </>
  );
}
