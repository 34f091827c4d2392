import type { Sql } from '../client';
import type { RowKey } from './row-key';

/** What the API tells about an attachment; the storage key stays on the server. */
export type AttachmentRow = {
  id: number;
  ownerKind: 'tip' | 'inspection';
  ownerId: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: number | null;
  createdAt: string;
};

export type NewAttachment = Omit<AttachmentRow, 'id' | 'createdBy' | 'createdAt'> & {
  communeCode: string;
  storageKey: string;
  createdBy: number;
};

const columns = (sql: Sql) => sql`
  a.id::float8 as id, a.owner_kind as "ownerKind", a.owner_id::float8 as "ownerId",
  a.file_name as "fileName", a.media_type as "mediaType", a.size_bytes as "sizeBytes", a.sha256,
  a.created_by as "createdBy", to_json(a.created_at)#>>'{}' as "createdAt"`;

/** Inserts one row as the actor (row-level security checks who may attach to what). */
export async function insertAttachment(sql: Sql, a: NewAttachment): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into attachments (commune_code, owner_kind, owner_id, file_name, media_type, size_bytes,
                             sha256, storage_key, created_by)
    values (${a.communeCode}, ${a.ownerKind}, ${a.ownerId}, ${a.fileName}, ${a.mediaType},
            ${a.sizeBytes}, ${a.sha256}, ${a.storageKey}, ${a.createdBy})
    returning id::float8 as id`;
  return row.id;
}

/** The attachments of one tip or inspection the actor may see, oldest first. */
export function listAttachments(
  sql: Sql,
  communeCode: string,
  ownerKind: 'tip' | 'inspection',
  ownerId: number,
): Promise<AttachmentRow[]> {
  return sql<AttachmentRow[]>`
    select ${columns(sql)} from attachments a
    where a.commune_code = ${communeCode} and a.owner_kind = ${ownerKind} and a.owner_id = ${ownerId}
    order by a.created_at, a.id`;
}

/** One attachment with its storage key, or null when it does not exist or the actor may not see it. */
export async function getAttachment(
  sql: Sql,
  key: RowKey,
): Promise<(AttachmentRow & { storageKey: string }) | null> {
  const [row] = await sql<(AttachmentRow & { storageKey: string })[]>`
    select ${columns(sql)}, a.storage_key as "storageKey" from attachments a
    where a.commune_code = ${key.communeCode} and a.id = ${key.id}`;
  return row ?? null;
}

/** The actor's attachments of one owner whose bytes hash to one of `sha256s` (a resent upload). */
export function findAttachmentsBySha256(
  sql: Sql,
  communeCode: string,
  ownerKind: 'tip' | 'inspection',
  ownerId: number,
  sha256s: readonly string[],
): Promise<AttachmentRow[]> {
  return sql<AttachmentRow[]>`
    select ${columns(sql)} from attachments a
    where a.commune_code = ${communeCode} and a.owner_kind = ${ownerKind} and a.owner_id = ${ownerId}
      and a.sha256 in ${sql(sha256s as string[])}
    order by a.created_at, a.id`;
}

/**
 * Holds one owner's attachments until the transaction ends, so two copies of the same upload
 * arriving together (a phone resending after a lost answer) store the bytes once.
 */
export async function lockAttachmentOwner(
  sql: Sql,
  ownerKind: 'tip' | 'inspection',
  ownerId: number,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`attachments:${ownerKind}`}), ${ownerId}::int)`;
}
