import type { referralOutcomes, supportServices } from '@ntm/db/schema/values';
import { send } from './send';

// Support cases for the health station (GET/POST /api/support/cases, …) and the suppressed
// summary the plan's followers see. Every read of a case is audited by the API.

export type SupportService = (typeof supportServices)[number];
export type ReferralOutcome = (typeof referralOutcomes)[number];
export type CaseStatus = 'open' | 'counselled' | 'connected' | 'closed';
/** A count that left the wall: a number, "<5" or "hidden" (api/src/support/suppress.ts). */
export type SafeCount = number | '<5' | 'hidden';

export interface SupportReferral {
  id: number;
  caseId: number;
  service: SupportService;
  referredOn: string;
  outcome: ReferralOutcome;
  outcomeOn: string | null;
  note: string | null;
}

export interface SupportCase {
  id: number;
  code: string;
  villageId: number | null;
  villageName: string | null;
  openedOn: string;
  needs: SupportService[];
  eligible: boolean;
  consentOn: string | null;
  counselledOn: string | null;
  closedOn: string | null;
  note: string | null;
  status: CaseStatus;
  connected: SupportService[];
}

export type SupportCaseWithReferrals = SupportCase & { referrals: SupportReferral[] };

export interface SupportSummary {
  year: number;
  from: string;
  until: string;
  suppressed: boolean;
  byVillage: {
    cells: { key: { id: number | null; name: string }; count: SafeCount }[];
    total: SafeCount;
  };
  byService: { cells: { key: SupportService; count: SafeCount }[]; total: SafeCount };
  indicator: { part: SafeCount; whole: SafeCount; share: number | null; target: number };
}

export interface NewSupportCase {
  villageId: number | null;
  openedOn: string;
  needs: SupportService[];
  eligible: boolean;
  consentOn: string | null;
  counselledOn: string | null;
  note: string | null;
}

export const supportClient = {
  summary: (year: number) => send<SupportSummary>('GET', `/support/summary?year=${year}`),
  list: () => send<{ cases: SupportCase[] }>('GET', '/support/cases'),
  get: (id: number) => send<SupportCaseWithReferrals>('GET', `/support/cases/${id}`),
  create: (c: NewSupportCase) => send<SupportCaseWithReferrals>('POST', '/support/cases', c),
  update: (id: number, change: Partial<NewSupportCase> & { closedOn?: string | null }) =>
    send<SupportCaseWithReferrals>('PATCH', `/support/cases/${id}`, change),
  refer: (id: number, r: { service: SupportService; referredOn: string }) =>
    send<SupportCaseWithReferrals>('POST', `/support/cases/${id}/referrals`, r),
  outcome: (
    referralId: number,
    o: { outcome: Exclude<ReferralOutcome, 'pending'>; outcomeOn: string },
  ) => send<SupportCaseWithReferrals>('PATCH', `/support/referrals/${referralId}`, o),
};
