import type { referralOutcomes, supportServices } from '@ntm/db/schema/values';
import type { InferRequestType } from 'hono/client';
import { allPages, cursorQuery } from './all-pages';
import { answer, api, type Body } from './api';
import { idParam } from './id-param';

// Support cases for the health station (GET/POST /api/support/cases, …) and the suppressed
// summary the plan's followers see. Every read of a case is audited by the API.

export type SupportService = (typeof supportServices)[number];
export type ReferralOutcome = (typeof referralOutcomes)[number];

const cases = api.support.cases;

export type SupportCase = Body<typeof cases.$get>['cases'][number];
export type CaseStatus = SupportCase['status'];
export type SupportCaseWithReferrals = Body<(typeof cases)[':id']['$get']>;
export type SupportReferral = SupportCaseWithReferrals['referrals'][number];
export type SupportSummary = Body<typeof api.support.summary.$get>;
/** A count that left the wall: a number, "<5" or "hidden" (api/src/support/suppress.ts). */
export type SafeCount = SupportSummary['byService']['total'];
export type NewSupportCase = InferRequestType<typeof cases.$post>['json'];
export type SupportCaseChange = InferRequestType<(typeof cases)[':id']['$patch']>['json'];
type Referral = InferRequestType<(typeof cases)[':id']['referrals']['$post']>['json'];
type Outcome = InferRequestType<(typeof api.support.referrals)[':id']['$patch']>['json'];

export const supportClient = {
  summary: (year: number) => answer(api.support.summary.$get({ query: { year: String(year) } })),
  /** Every case (a health station's few), page after page. */
  list: () => allPages((cursor) => answer(cases.$get({ query: cursorQuery(cursor) })), 'cases'),
  get: (id: number) => answer(cases[':id'].$get(idParam(id))),
  create: (body: NewSupportCase) => answer(cases.$post({ json: body })),
  update: (id: number, change: SupportCaseChange) =>
    answer(cases[':id'].$patch({ ...idParam(id), json: change })),
  refer: (id: number, referral: Referral) =>
    answer(cases[':id'].referrals.$post({ ...idParam(id), json: referral })),
  outcome: (referralId: number, outcome: Outcome) =>
    answer(api.support.referrals[':id'].$patch({ ...idParam(referralId), json: outcome })),
};
