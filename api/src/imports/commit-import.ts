import type { Sql } from '@ntm/db/client';
import { type AuditEntry, appendAudits } from '@ntm/db/queries/audit';
import { getImport, getImportRows, type ImportRecord, markImport } from '@ntm/db/queries/imports';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AuditSource } from '../lib/audit-context';
import { commitBoundaries } from './commit-boundaries';
import { commitKeyAreas } from './commit-key-areas';
import { commitRegistry } from './commit-registry';
import type { ColumnMapping, ImportKind } from './contract';
import { storeVerdicts } from './store-preview';
import { mappedFromStored } from './stored-rows';

export const wrongState = (record: ImportRecord, action: string) =>
  new ApiError(
    409,
    'import-state',
    record.state === 'preview'
      ? `Lần nhập #${record.id} chưa được ghi vào dữ liệu: không thể ${action}`
      : record.state === 'committed'
        ? `Lần nhập #${record.id} đã được ghi vào dữ liệu: không thể ${action}`
        : `Lần nhập #${record.id} đã được hoàn tác: không thể ${action}`,
    { state: record.state },
  );

/** The import locked for a change of state, or 404 (unknown, or of a kind the role may not see). */
export async function lockImport(sql: Sql, communeCode: string, id: number): Promise<ImportRecord> {
  const record = orNotFound(
    await getImport(sql, { communeCode, id, forUpdate: true }),
    `Lần nhập #${id}`,
  );
  return record;
}

/**
 * Commits a preview in the caller's transaction (all or nothing): the verdicts are computed
 * again against the layer as it is now (it may have changed since the preview), the rows
 * written, one audit entry for the import (file name, SHA-256, counts) after the entries of
 * each business or area as their own routes write them. A second commit is 409.
 */
export async function commitImport(
  sql: Sql,
  source: AuditSource,
  id: number,
  today: string,
): Promise<ImportRecord> {
  const { communeCode } = source;
  const record = await lockImport(sql, communeCode, id);
  if (record.state !== 'preview') throw wrongState(record, 'ghi lần nữa');
  const kind = record.kind as ImportKind;
  if ((kind === 'villages' || kind === 'commune') && !record.validFrom)
    throw new ApiError(422, 'valid-from-required', 'Hãy chọn ngày ranh giới mới có hiệu lực');

  const stored = await getImportRows(sql, id);
  const mapped = mappedFromStored(kind, stored);
  const { outcomes, counts } = await storeVerdicts(
    sql,
    communeCode,
    id,
    mapped,
    record.mapping as ColumnMapping,
    stored,
  );
  let entries: AuditEntry[] = [];
  let outcome: Record<string, unknown> | undefined;
  if (kind === 'registry') entries = await commitRegistry(sql, source, id, outcomes);
  else if (kind === 'key-areas') entries = await commitKeyAreas(sql, source, id, outcomes);
  else {
    const moved = await commitBoundaries(
      sql,
      communeCode,
      kind,
      record.validFrom as string,
      outcomes,
      today,
    );
    outcome = { ...(record.outcome ?? {}), moved };
  }
  await markImport(sql, id, 'committed', outcome);
  await appendAudits(sql, [
    ...entries,
    {
      ...source,
      action: 'import',
      entity: 'import',
      entityId: String(id),
      diff: {
        kind,
        fileName: record.fileName,
        sha256: record.sha256,
        counts,
        ...(record.validFrom ? { validFrom: record.validFrom } : {}),
      },
    },
  ]);
  return (await getImport(sql, { communeCode, id })) as ImportRecord;
}
