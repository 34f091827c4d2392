import { boolean, date, index, pgSchema, text } from 'drizzle-orm/pg-core';
import { bigCommuneRow } from '../columns/commune-code';
import { bigRowRef, rowRef, userRef } from '../columns/row-ref';
import { authorship } from '../columns/timestamps';
import { referralOutcome, supportService } from './enums';
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
    ...bigCommuneRow(),
    code: text('code').notNull().unique(),
    villageId: rowRef('village_id', () => villages.id),
    openedOn: date('opened_on').notNull(),
    needs: supportService('needs').array().notNull(),
    /** Needs support and qualifies for it: the denominator of indicator d. */
    eligible: boolean('eligible').notNull(),
    consentOn: date('consent_on'),
    counselledOn: date('counselled_on'),
    closedOn: date('closed_on'),
    note: text('note'),
    ...authorship(),
  },
  (t) => [index('support_cases_opened_idx').on(t.communeCode, t.openedOn)],
);

/** A referral of a case to a service, and what came of it. */
export const supportReferrals = support.table(
  'referrals',
  {
    ...bigCommuneRow(),
    caseId: bigRowRef('case_id', () => supportCases.id).notNull(),
    service: supportService('service').notNull(),
    referredOn: date('referred_on').notNull(),
    outcome: referralOutcome('outcome').notNull().default('pending'),
    outcomeOn: date('outcome_on'),
    note: text('note'),
    createdBy: userRef('created_by'),
  },
  (t) => [index('support_referrals_case_idx').on(t.caseId)],
);
