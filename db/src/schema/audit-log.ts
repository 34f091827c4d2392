import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { bigRowId } from '../columns/row-id';
import { instant } from '../columns/timestamps';

/**
 * Append-only trail of every write. Each row carries the SHA-256 of the previous row's hash and
 * its own canonical form, so an edit anywhere breaks the chain. A trigger refuses UPDATE/DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigRowId(),
    communeCode: text('commune_code').notNull(),
    at: instant('at').notNull().defaultNow(),
    userId: integer('user_id'),
    role: text('role'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    diff: jsonb('diff'),
    requestId: text('request_id'),
    /** Keyed hash of the client address; the raw address is never stored. */
    clientHash: text('client_hash'),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);
