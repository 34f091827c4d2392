import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { communes } from './communes';
import { reportState } from './enums';
import { users } from './users';

/**
 * A periodic report (báo cáo định kỳ) for a period ("2026-03", "2026-Q1", "2026-H1", "2026"):
 * draft → reviewed → approved → sent. Drafts show live numbers; sending freezes them in
 * `snapshot`, and a later version of the same period starts a new draft.
 */
export const periodicReports = pgTable(
  'periodic_reports',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    period: text('period').notNull(),
    version: integer('version').notNull(),
    state: reportState('state').notNull().default('draft'),
    /** Số ký hiệu, e.g. "12/BC-UBND"; given by the office, may stay empty in a draft. */
    number: text('number'),
    /** The free text: situation summary, difficulties, proposals. */
    narrative: jsonb('narrative').notNull().default({}),
    /** The report's numbers as they were when sent; null before. */
    snapshot: jsonb('snapshot'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    sentBy: integer('sent_by').references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('periodic_reports_version_idx').on(t.communeCode, t.period, t.version),
    index('periodic_reports_period_idx').on(t.communeCode, t.period),
  ],
);
