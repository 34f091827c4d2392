import {
  bigint,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bigCommuneRow, communeCode } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { bigRowRef, userRef } from '../columns/row-ref';
import { createdAt, instant } from '../columns/timestamps';
import { businesses } from './businesses';
import { inspectionKind, inspectionResult, inspectionStatus } from './enums';
import { tips } from './tips';

/** Kiểm tra: scheduled or surprise, at a business; `geom` is where it took place. */
export const inspections = pgTable(
  'inspections',
  {
    ...bigCommuneRow(),
    businessId: bigRowRef('business_id', () => businesses.id).notNull(),
    kind: inspectionKind('kind').notNull(),
    startedAt: instant('started_at').notNull(),
    /** Names and agencies, e.g. [{ name, agency }]. */
    team: jsonb('team').$type<Array<{ name: string; agency: string }>>().notNull(),
    result: inspectionResult('result').notNull(),
    findings: text('findings'),
    measures: jsonb('measures').$type<string[]>().notNull().default([]),
    fineVnd: bigint('fine_vnd', { mode: 'number' }),
    followUpOn: date('follow_up_on'),
    recordedBy: userRef('recorded_by'),
    geom: geometryColumn('geom', 'Point').notNull(),
    /** Scheduled ahead (planned or surprise), recorded at the door, or called off. */
    status: inspectionStatus('status').notNull().default('recorded'),
    /** When the team got there (recorded ones). */
    arrivedAt: instant('arrived_at'),
    /** Who was at the premises: owner, manager, staff, guests (names or roles). */
    peoplePresent: jsonb('people_present').$type<string[]>().notNull().default([]),
    /** Codes from `inspectionViolations`. */
    violations: jsonb('violations').$type<string[]>().notNull().default([]),
    fineDecisionNumber: text('fine_decision_number'),
    /**
     * The phone's own key for a record made offline: a retry of the same record finds it
     * instead of making a second one.
     */
    idempotencyKey: text('idempotency_key'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('inspections_idempotency_idx').on(t.communeCode, t.idempotencyKey),
    index('inspections_geom_idx').using('gist', t.geom),
    index('inspections_started_at_idx').on(t.startedAt),
    index('inspections_business_idx').on(t.businessId),
  ],
);

/** The tips an inspection answers. */
export const inspectionTips = pgTable(
  'inspection_tips',
  {
    communeCode: communeCode(),
    inspectionId: bigRowRef('inspection_id', () => inspections.id).notNull(),
    tipId: bigRowRef('tip_id', () => tips.id).notNull(),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.tipId] })],
);
