import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';
import { inspectionKind, inspectionResult } from './enums';
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
  },
  (t) => [
    index('inspections_geom_idx').using('gist', t.geom),
    index('inspections_started_at_idx').on(t.startedAt),
    index('inspections_business_idx').on(t.businessId),
  ],
);
