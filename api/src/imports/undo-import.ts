import type { Sql } from '@ntm/db/client';
import { type AuditEntry, appendAudits } from '@ntm/db/queries/audit';
import {
  type BusinessRecord,
  businessesChangedSince,
  deleteBusinesses,
  getBusinessRecords,
  updateBusinesses,
} from '@ntm/db/queries/businesses';
import { canonicalJson } from '@ntm/db/queries/canonical-json';
import { getImport, type ImportRecord, markImport, writtenRows } from '@ntm/db/queries/imports';
import {
  deleteKeyAreas,
  getKeyAreaRecords,
  type KeyAreaRecord,
  updateKeyAreas,
} from '@ntm/db/queries/key-areas';
import { placedOfImport, removeUnplacedOfImport } from '@ntm/db/queries/unplaced-businesses';
import { ApiError } from '../lib/api-error';
import type { AuditSource } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { lockImport, wrongState } from './commit-import';

const touchedSince = (names: string[], details: unknown) =>
  new ApiError(
    409,
    'changed-since-import',
    `Không hoàn tác được: sau lần nhập đã có thay đổi ở ${names.length} đối tượng do lần nhập ghi (${names
      .slice(0, 5)
      .map((n) => `«${n}»`)
      .join(', ')}${names.length > 5 ? ', …' : ''})`,
    details,
  );

type Written = Awaited<ReturnType<typeof writtenRows>>;

async function undoRegistry(
  sql: Sql,
  source: AuditSource,
  record: ImportRecord,
  written: Written,
): Promise<AuditEntry[]> {
  const { communeCode } = source;
  const ids = written.map((w) => w.writtenId);
  const changed = await businessesChangedSince(sql, communeCode, ids, record.committedAt as string);
  const placed = await placedOfImport(sql, record.id);
  if (changed.length > 0 || placed.length > 0) {
    throw touchedSince(
      [...changed, ...placed].map((b) => b.name),
      {
        businesses: changed,
        placed,
      },
    );
  }
  const created = written.filter((w) => w.verdict === 'new').map((w) => w.writtenId);
  const updated = written.filter((w) => w.verdict === 'update');
  await deleteBusinesses(sql, communeCode, created);
  const current = await getBusinessRecords(
    sql,
    communeCode,
    updated.map((w) => w.writtenId),
  );
  const restores = updated.map((w) => {
    const { updatedAt: _, ...now } = current.get(w.writtenId) as BusinessRecord & {
      updatedAt: string;
    };
    return { id: w.writtenId, now, record: w.before as BusinessRecord };
  });
  await updateBusinesses(sql, communeCode, restores);
  await removeUnplacedOfImport(sql, record.id);
  return [
    ...created.map(
      (id): AuditEntry => ({
        ...source,
        action: 'delete',
        entity: 'business',
        entityId: String(id),
        diff: null,
      }),
    ),
    ...restores.map(
      (r): AuditEntry => ({
        ...source,
        action: 'update',
        entity: 'business',
        entityId: String(r.id),
        diff: changedFields(r.now, r.record),
      }),
    ),
  ];
}

async function undoKeyAreas(
  sql: Sql,
  source: AuditSource,
  written: Written,
): Promise<AuditEntry[]> {
  const { communeCode } = source;
  const current = await getKeyAreaRecords(
    sql,
    communeCode,
    written.map((w) => w.writtenId),
  );
  const states = written.map((w) => ({
    w,
    ...(w.before as { before: KeyAreaRecord | null; after: KeyAreaRecord }),
  }));
  const touched = states.filter(
    // Key order aside (the stored copy went through jsonb): the area as the commit left it?
    (s) => canonicalJson(current.get(s.w.writtenId) ?? null) !== canonicalJson(s.after),
  );
  if (touched.length > 0) {
    throw touchedSince(
      touched.map((s) => s.after.name),
      { keyAreas: touched.map((s) => ({ id: s.w.writtenId, name: s.after.name })) },
    );
  }
  const created = states.filter((s) => s.before === null).map((s) => s.w.writtenId);
  const restores = states.filter((s) => s.before !== null);
  await deleteKeyAreas(sql, communeCode, created);
  await updateKeyAreas(
    sql,
    communeCode,
    restores.map((s) => ({ id: s.w.writtenId, record: s.before as KeyAreaRecord })),
  );
  const entry = (action: AuditEntry['action'], id: number): AuditEntry => ({
    ...source,
    action,
    entity: 'key-area',
    entityId: String(id),
    diff: null,
  });
  return [
    ...created.map((id) => entry('delete', id)),
    ...restores.map((s) => entry('update', s.w.writtenId)),
  ];
}

/**
 * Undoes a committed import as a whole, in the caller's transaction: premises it created are
 * soft-deleted (as DELETE does), premises it updated get back their version from before it,
 * its unplaced premises leave the village heads' lists, its key areas are removed or restored.
 * 409 naming what a later change touched (then nothing is undone). Boundaries are not undone
 * this way: a boundary version is replaced by importing a newer one.
 */
export async function undoImport(sql: Sql, source: AuditSource, id: number): Promise<ImportRecord> {
  const record = await lockImport(sql, source.communeCode, id);
  if (record.state !== 'committed') throw wrongState(record, 'hoàn tác');
  if (record.kind === 'villages' || record.kind === 'commune') {
    throw new ApiError(
      409,
      'boundary-undo',
      'Ranh giới đã nhập là một phiên bản có ngày hiệu lực: không hoàn tác được, hãy nhập phiên bản mới',
    );
  }
  const written = await writtenRows(sql, id);
  const entries =
    record.kind === 'registry'
      ? await undoRegistry(sql, source, record, written)
      : await undoKeyAreas(sql, source, written);
  await markImport(sql, id, 'undone');
  await appendAudits(sql, [
    ...entries,
    {
      ...source,
      action: 'undo-import',
      entity: 'import',
      entityId: String(id),
      diff: {
        kind: record.kind,
        fileName: record.fileName,
        sha256: record.sha256,
        counts: record.counts,
      },
    },
  ]);
  return (await getImport(sql, { communeCode: source.communeCode, id })) as ImportRecord;
}
