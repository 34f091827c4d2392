import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { communes } from './communes';
import { attachmentOwner, onlineViolationKind, takedownStatus } from './enums';
import { tips } from './tips';
import { users } from './users';

/**
 * A photo or PDF attached to a tip or an inspection. The bytes live in a folder outside the web
 * root under `storage_key` (a random name); the row holds what the file is and its SHA-256.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    ownerKind: attachmentOwner('owner_kind').notNull(),
    ownerId: bigint('owner_id', { mode: 'number' }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('attachments_owner_idx').on(t.ownerKind, t.ownerId),
    uniqueIndex('attachments_storage_key_idx').on(t.storageKey),
  ],
);

/** Vi phạm trên môi trường mạng: an advert or a broker online, and the takedown asked for. */
export const onlineViolations = pgTable(
  'online_violations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
    platform: text('platform').notNull(),
    /** The link or the account name. */
    target: text('target').notNull(),
    kind: onlineViolationKind('kind').notNull(),
    description: text('description'),
    tipId: bigint('tip_id', { mode: 'number' }).references(() => tips.id),
    takedownStatus: takedownStatus('takedown_status').notNull().default('not-requested'),
    takedownRequestedAt: timestamp('takedown_requested_at', { withTimezone: true }),
    takedownNote: text('takedown_note'),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [index('online_violations_found_idx').on(t.communeCode, t.foundAt)],
);

/**
 * The public tip form's receipts: a tracking code (shown once to the citizen, stored only as a
 * SHA-256 hash) that shows the tip's status in plain words and lets them add information.
 */
export const publicTipCodes = pgTable(
  'public_tip_codes',
  {
    tipId: bigint('tip_id', { mode: 'number' })
      .primaryKey()
      .references(() => tips.id),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('public_tip_codes_hash_idx').on(t.codeHash)],
);

/** What a citizen added later to their tip through its tracking code (police read it). */
export const tipAdditions = pgTable(
  'tip_additions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    tipId: bigint('tip_id', { mode: 'number' })
      .notNull()
      .references(() => tips.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    body: text('body').notNull(),
  },
  (t) => [index('tip_additions_tip_idx').on(t.tipId)],
);
