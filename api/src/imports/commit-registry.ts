import type { AuditEntry } from '@ntm/db/queries/audit';
import {
  type BusinessRecord,
  getBusinessRecords,
  insertBusinesses,
  updateBusinesses,
} from '@ntm/db/queries/businesses';
import { recordWrites } from '@ntm/db/queries/imports';
import { insertUnplaced } from '@ntm/db/queries/unplaced-businesses';
import type { Point } from 'geojson';
import type { AuditSource } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import type { RowOutcome } from './row-outcome';

type Values = Record<string, string | null>;

/** What a registry row says of its premises, placed on the map or not. */
const registryFields = (v: Values) => ({
  name: v.name as string,
  // Both were checked against the schema's lists when the row was mapped.
  type: v.type as BusinessRecord['type'],
  address: v.address as string,
  licensedTrade: v.licensedTrade ?? null,
  licenceNumber: v.licenceNumber ?? null,
  owner: v.owner ?? null,
  phone: v.phone ?? null,
  status: (v.status ?? 'active') as BusinessRecord['status'],
});

const newRecord = (v: Values, lngLat: [number, number]): BusinessRecord => ({
  ...registryFields(v),
  openingHours: null,
  reviewedAt: null,
  lngLat,
});

/**
 * Writes a registry import's rows (inside the commit's transaction): new premises through the
 * registry's own insert (village by trigger, row-level security), updates through its update
 * (history kept by trigger), premises without a position onto their village's list. Returns
 * the per-business audit entries, as POST and PATCH /api/businesses write them.
 */
export async function commitRegistry(
  sql: Parameters<typeof insertBusinesses>[0],
  source: AuditSource,
  importId: number,
  outcomes: readonly RowOutcome[],
): Promise<AuditEntry[]> {
  const { communeCode } = source;
  const placed = outcomes.filter((o) => o.verdict === 'new' && o.geometry);
  const unplaced = outcomes.filter((o) => o.verdict === 'new' && !o.geometry);
  const updates = outcomes.filter((o) => o.verdict === 'update');

  const created = placed.map((o) =>
    newRecord(o.values as Values, (o.geometry as Point).coordinates as [number, number]),
  );
  const createdIds = await insertBusinesses(sql, communeCode, created);

  await insertUnplaced(
    sql,
    communeCode,
    importId,
    unplaced.map((o) => ({
      rowNumber: o.rowNumber,
      villageId: o.villageId as number,
      ...registryFields(o.values as Values),
    })),
  );

  const befores = await getBusinessRecords(
    sql,
    communeCode,
    updates.map((o) => o.matchedId as number),
  );
  const changes = updates.map((o) => {
    const { updatedAt: _, ...before } = befores.get(o.matchedId as number) as BusinessRecord & {
      updatedAt: string;
    };
    const after: BusinessRecord = { ...before };
    const v = o.values as Values;
    for (const field of o.changed) {
      if (field === 'position')
        after.lngLat = (o.geometry as Point).coordinates as [number, number];
      else (after as Record<string, unknown>)[field] = v[field];
    }
    return { row: o, id: o.matchedId as number, before, after };
  });
  await updateBusinesses(
    sql,
    communeCode,
    changes.map((c) => ({ id: c.id, record: c.after })),
  );

  await recordWrites(sql, importId, [
    ...placed.map((o, i) => ({
      rowNumber: o.rowNumber,
      writtenId: createdIds[i] as number,
      before: null,
    })),
    ...changes.map((c) => ({ rowNumber: c.row.rowNumber, writtenId: c.id, before: c.before })),
  ]);

  const entry = (action: AuditEntry['action'], id: number, diff: unknown): AuditEntry => ({
    ...source,
    action,
    entity: 'business',
    entityId: String(id),
    diff,
  });
  return [
    ...created.map((record, i) => entry('create', createdIds[i] as number, { after: record })),
    ...changes.map((c) => entry('update', c.id, changedFields(c.before, c.after))),
  ];
}
