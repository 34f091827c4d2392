import { bigint, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bigCommuneRow, communeCode } from '../columns/commune-code';
import { bigRowRef, userRef } from '../columns/row-ref';
import { authorship, createdAt, instant } from '../columns/timestamps';
import { attachmentOwner, onlineViolationKind, takedownStatus } from './enums';
import { tips } from './tips';

/**
 * A photo or PDF attached to a tip or an inspection. The bytes live in a folder outside the web
 * root under `storage_key` (a random name); the row holds what the file is and its SHA-256.
 */
export const attachments = pgTable(
  'attachments',
  {
    ...bigCommuneRow(),
    ownerKind: attachmentOwner('owner_kind').notNull(),
    ownerId: bigint('owner_id', { mode: 'number' }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    ...authorship(),
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
    ...bigCommuneRow(),
    foundAt: instant('found_at').notNull(),
    platform: text('platform').notNull(),
    /** The link or the account name. */
    target: text('target').notNull(),
    kind: onlineViolationKind('kind').notNull(),
    description: text('description'),
    tipId: bigRowRef('tip_id', () => tips.id),
    takedownStatus: takedownStatus('takedown_status').notNull().default('not-requested'),
    takedownRequestedAt: instant('takedown_requested_at'),
    takedownNote: text('takedown_note'),
    createdBy: userRef('created_by'),
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
    tipId: bigRowRef('tip_id', () => tips.id).primaryKey(),
    communeCode: communeCode(),
    codeHash: text('code_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('public_tip_codes_hash_idx').on(t.codeHash)],
);

/** What a citizen added later to their tip through its tracking code (police read it). */
export const tipAdditions = pgTable(
  'tip_additions',
  {
    ...bigCommuneRow(),
    tipId: bigRowRef('tip_id', () => tips.id).notNull(),
    at: instant('at').notNull().defaultNow(),
    body: text('body').notNull(),
  },
  (t) => [index('tip_additions_tip_idx').on(t.tipId)],
);
