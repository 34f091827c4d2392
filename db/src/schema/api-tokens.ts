import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { userRef } from '../columns/row-ref';
import { instant } from '../columns/timestamps';

/**
 * Personal API tokens for machine clients (QGIS, GDAL, scripts): `Authorization: Bearer …`.
 * The token is shown once at creation; only its SHA-256 is kept.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    ...communeRow(),
    userId: userRef('user_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
