import { boolean, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bigCommuneRow, communeRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { bigRowRef, rowRef, userRef } from '../columns/row-ref';
import { authorship, createdAt, instant } from '../columns/timestamps';
import { businesses } from './businesses';
import {
  communicationAudience,
  planAgencyKind,
  registryReviewOutcome,
  reportChannel,
} from './enums';
import { villages } from './villages';

/** The commune's own plan for a year (indicator a): its number and the day it was issued. */
export const planDocuments = pgTable(
  'plan_documents',
  {
    ...communeRow(),
    year: integer('year').notNull(),
    /** Số ký hiệu, e.g. "45/KH-UBND". */
    number: text('number').notNull(),
    issuedOn: date('issued_on').notNull(),
    title: text('title').notNull(),
    signedBy: text('signed_by'),
    ...authorship(),
  },
  (t) => [uniqueIndex('plan_documents_number_idx').on(t.communeCode, t.year, t.number)],
);

/** One review of one premises in the registry (indicator b): who looked, when, what they found. */
export const registryReviews = pgTable(
  'registry_reviews',
  {
    ...bigCommuneRow(),
    businessId: bigRowRef('business_id', () => businesses.id).notNull(),
    reviewedOn: date('reviewed_on').notNull(),
    reviewedBy: userRef('reviewed_by'),
    outcome: registryReviewOutcome('outcome').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    index('registry_reviews_day_idx').on(t.communeCode, t.reviewedOn),
    index('registry_reviews_business_idx').on(t.businessId),
  ],
);

/** Truyền thông (indicator c): a talk, a broadcast, a post; where, for whom, how many it reached. */
export const communicationActivities = pgTable(
  'communication_activities',
  {
    ...bigCommuneRow(),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull(),
    placeName: text('place_name').notNull(),
    /** Where on the map (a village hall, a school); null for broadcasts and online posts. */
    geom: geometryColumn('geom', 'Point'),
    villageId: rowRef('village_id', () => villages.id),
    audience: communicationAudience('audience').notNull(),
    /** People reached (attendance, or listeners and views as counted by the organiser). */
    reach: integer('reach').notNull(),
    organiser: planAgencyKind('organiser').notNull(),
    ...authorship(),
  },
  (t) => [
    index('communication_activities_geom_idx').using('gist', t.geom),
    index('communication_activities_day_idx').on(t.communeCode, t.heldOn),
  ],
);

/** The agencies that carry out the plan and report on it (indicator g). */
export const agencies = pgTable(
  'agencies',
  {
    ...communeRow(),
    kind: planAgencyKind('kind').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('agencies_name_idx').on(t.communeCode, t.name)],
);

/** Officers who work on the plan (indicator e counts the share trained in the year). */
export const officers = pgTable(
  'officers',
  {
    ...communeRow(),
    agencyId: rowRef('agency_id', () => agencies.id).notNull(),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    userId: userRef('user_id'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('officers_agency_idx').on(t.agencyId)],
);

/** One officer's attendance at a training course (tập huấn, bồi dưỡng, hướng dẫn nghiệp vụ). */
export const trainings = pgTable(
  'trainings',
  {
    ...bigCommuneRow(),
    officerId: rowRef('officer_id', () => officers.id).notNull(),
    course: text('course').notNull(),
    heldOn: date('held_on').notNull(),
    hours: integer('hours'),
    provider: text('provider'),
    ...authorship(),
  },
  (t) => [
    index('trainings_day_idx').on(t.communeCode, t.heldOn),
    index('trainings_officer_idx').on(t.officerId),
  ],
);

/**
 * An agency's report for a period ("2026-Q1", "2026-03", "2026-H1", "2026") as it reached the
 * health station; indicator g counts the electronic ones.
 */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    ...bigCommuneRow(),
    agencyId: rowRef('agency_id', () => agencies.id).notNull(),
    period: text('period').notNull(),
    submittedAt: instant('submitted_at').notNull(),
    channel: reportChannel('channel').notNull(),
    receivedBy: userRef('received_by'),
    note: text('note'),
  },
  (t) => [uniqueIndex('report_submissions_agency_period_idx').on(t.agencyId, t.period)],
);
