import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bigCommuneRow } from '../columns/commune-code';
import { userRef } from '../columns/row-ref';
import { authorship, instant } from '../columns/timestamps';
import { reportState } from './enums';

/**
 * A periodic report (báo cáo định kỳ) for a period ("2026-03", "2026-Q1", "2026-H1", "2026"):
 * draft → reviewed → approved → sent. Drafts show live numbers; sending freezes them in
 * `snapshot`, and a later version of the same period starts a new draft.
 */
export const periodicReports = pgTable(
  'periodic_reports',
  {
    ...bigCommuneRow(),
    period: text('period').notNull(),
    version: integer('version').notNull(),
    state: reportState('state').notNull().default('draft'),
    /** Số ký hiệu, e.g. "12/BC-UBND"; given by the office, may stay empty in a draft. */
    number: text('number'),
    /** The free text: situation summary, difficulties, proposals. */
    narrative: jsonb('narrative').notNull().default({}),
    /** The report's numbers as they were when sent; null before. */
    snapshot: jsonb('snapshot'),
    ...authorship(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    reviewedBy: userRef('reviewed_by'),
    reviewedAt: instant('reviewed_at'),
    approvedBy: userRef('approved_by'),
    approvedAt: instant('approved_at'),
    sentBy: userRef('sent_by'),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('periodic_reports_version_idx').on(t.communeCode, t.period, t.version),
    index('periodic_reports_period_idx').on(t.communeCode, t.period),
  ],
);
