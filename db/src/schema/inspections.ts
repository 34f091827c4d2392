import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';
import { inspectionKind, inspectionResult, inspectionStatus } from './enums';
import { tips } from './tips';
import { users } from './users';

/** Kiểm tra: scheduled or surprise, at a business; `geom` is where it took place. */
export const inspections = pgTable(
  'inspections',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    businessId: bigint('business_id', { mode: 'number' })
      .notNull()
      .references(() => businesses.id),
    kind: inspectionKind('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    /** Names and agencies, e.g. [{ name, agency }]. */
    team: jsonb('team').$type<Array<{ name: string; agency: string }>>().notNull(),
    result: inspectionResult('result').notNull(),
    findings: text('findings'),
    measures: jsonb('measures').$type<string[]>().notNull().default([]),
    fineVnd: bigint('fine_vnd', { mode: 'number' }),
    followUpOn: date('follow_up_on'),
    recordedBy: integer('recorded_by').references(() => users.id),
    geom: geometryColumn('geom', 'Point').notNull(),
    /** Scheduled ahead (planned or surprise), recorded at the door, or called off. */
    status: inspectionStatus('status').notNull().default('recorded'),
    /** When the team got there (recorded ones). */
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    inspectionId: bigint('inspection_id', { mode: 'number' })
      .notNull()
      .references(() => inspections.id),
    tipId: bigint('tip_id', { mode: 'number' })
      .notNull()
      .references(() => tips.id),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.tipId] })],
);
