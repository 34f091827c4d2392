import type { Sql } from '@ntm/db/client';
import type { AuditEntry } from '@ntm/db/queries/audit';
import { recordWrites } from '@ntm/db/queries/imports';
import {
  getKeyAreaRecords,
  insertKeyAreas,
  type KeyAreaRecord,
  updateKeyAreas,
} from '@ntm/db/queries/key-areas';
import type { Geometry } from 'geojson';
import type { AuditSource } from '../lib/audit-context';
import type { RowOutcome } from './row-outcome';

/**
 * Writes a key-area import's rows: new areas inserted, updated ones given the file's shape (and
 * note when mapped). Each written row keeps `{ before, after }` as the database holds them, so
 * undo can restore `before` and tell whether anything changed the area since.
 */
export async function commitKeyAreas(
  sql: Sql,
  source: AuditSource,
  importId: number,
  outcomes: readonly RowOutcome[],
): Promise<AuditEntry[]> {
  const { communeCode } = source;
  const fresh = outcomes.filter((o) => o.verdict === 'new');
  const updates = outcomes.filter((o) => o.verdict === 'update');
  const createdIds = await insertKeyAreas(
    sql,
    communeCode,
    fresh.map((o) => ({
      name: o.values.name as string,
      kind: o.values.kind as string,
      note: (o.values.note as string | null) ?? null,
      geometry: o.geometry as Geometry,
    })),
  );
  const befores = await getKeyAreaRecords(
    sql,
    communeCode,
    updates.map((o) => o.matchedId as number),
  );
  const changes = updates.map((o) => {
    const before = befores.get(o.matchedId as number) as KeyAreaRecord;
    const after: KeyAreaRecord = {
      ...before,
      ...(o.changed.includes('geometry') ? { geometry: o.geometry as Geometry } : {}),
      ...(o.changed.includes('note') ? { note: o.values.note as string } : {}),
    };
    return { row: o, id: o.matchedId as number, before, after };
  });
  await updateKeyAreas(
    sql,
    communeCode,
    changes.map((c) => ({ id: c.id, record: c.after })),
  );
  // What the database now holds, read back (its own rounding), for undo's comparison.
  const written = await getKeyAreaRecords(sql, communeCode, [
    ...createdIds,
    ...changes.map((c) => c.id),
  ]);
  await recordWrites(sql, importId, [
    ...fresh.map((o, i) => ({
      rowNumber: o.rowNumber,
      writtenId: createdIds[i] as number,
      before: { before: null, after: written.get(createdIds[i] as number) },
    })),
    ...changes.map((c) => ({
      rowNumber: c.row.rowNumber,
      writtenId: c.id,
      before: { before: c.before, after: written.get(c.id) },
    })),
  ]);
  const entry = (action: AuditEntry['action'], id: number, diff: unknown): AuditEntry => ({
    ...source,
    action,
    entity: 'key-area',
    entityId: String(id),
    diff,
  });
  return [
    ...fresh.map((o, i) =>
      entry('create', createdIds[i] as number, {
        after: { name: o.values.name, kind: o.values.kind },
      }),
    ),
    ...changes.map((c) => entry('update', c.id, { changed: c.row.changed })),
  ];
}
