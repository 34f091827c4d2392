import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { communes } from './communes';
import { referralOutcome, supportService } from './enums';
import { users } from './users';
import { villages } from './villages';

/**
 * Support cases live in their own schema that only the health role reaches (grants and
 * row-level security); every read is audited, and only suppressed aggregates leave it.
 */
export const support = pgSchema('support');

/**
 * A person counselled or referred (hỗ trợ, can thiệp giảm hại), known only by a pseudonymous
 * code: no name, ID number, phone or exact address is stored, only the village for aggregates.
 */
export const supportCases = support.table(
  'cases',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    code: text('code').notNull().unique(),
    villageId: integer('village_id').references(() => villages.id),
    openedOn: date('opened_on').notNull(),
    needs: supportService('needs').array().notNull(),
    /** Needs support and qualifies for it: the denominator of indicator d. */
    eligible: boolean('eligible').notNull(),
    consentOn: date('consent_on'),
    counselledOn: date('counselled_on'),
    closedOn: date('closed_on'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_cases_opened_idx').on(t.communeCode, t.openedOn)],
);

/** A referral of a case to a service, and what came of it. */
export const supportReferrals = support.table(
  'referrals',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => supportCases.id),
    service: supportService('service').notNull(),
    referredOn: date('referred_on').notNull(),
    outcome: referralOutcome('outcome').notNull().default('pending'),
    outcomeOn: date('outcome_on'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [index('support_referrals_case_idx').on(t.caseId)],
);
