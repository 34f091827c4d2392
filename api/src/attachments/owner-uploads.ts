import { createHash } from 'node:crypto';
import type { Sql } from '@ntm/db/client';
import {
  type AttachmentRow,
  findAttachmentsBySha256,
  insertAttachment,
  listAttachments,
  lockAttachmentOwner,
} from '@ntm/db/queries/attachments';
import type { Context } from 'hono';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { type CheckedFile, checkUploads, filesOf } from './read-uploads';
import { saveThenRecord } from './save-uploads';

/**
 * What files hang on: a tip or an inspection, by id, with how to tell whether it exists for the
 * signed-in account (row-level security decides; a row the account may not see does not exist).
 */
export type AttachmentOwner = {
  kind: 'tip' | 'inspection';
  id: number;
  /** Its name in a 404 ("Tin báo", "Cuộc kiểm tra"). */
  label: string;
  exists: (tx: Sql, communeCode: string) => Promise<boolean>;
};

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The request's files, checked, once each (two copies of the same bytes are one file). */
async function readRequestFiles(c: Context<AppEnv>): Promise<(CheckedFile & { sha256: string })[]> {
  const contentType = (c.req.header('content-type') ?? '').toLowerCase();
  if (!contentType.startsWith('multipart/form-data')) {
    throw new ApiError(415, 'multipart-required', 'Gửi tệp dưới dạng multipart/form-data');
  }
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new ApiError(400, 'invalid-form', 'Biểu mẫu gửi lên không đọc được');
  });
  const files = filesOf(form.files);
  if (files.length === 0) throw new ApiError(400, 'no-files', 'Chưa chọn tệp nào (trường files)');
  return (await checkUploads(files)).map((f) => ({ ...f, sha256: sha256Of(f.bytes) }));
}

/**
 * Takes an upload (multipart, field `files`) for one owner. Bytes the owner already has (same
 * SHA-256) are not stored again: the answer names the existing row, so a phone that resends
 * after a lost answer gets what the first send made. `created` says whether anything is new.
 */
export async function receiveUploads(
  c: Context<AppEnv>,
  owner: AttachmentOwner,
): Promise<{ attachments: AttachmentRow[]; created: boolean }> {
  const { attachmentStore } = c.get('deps');
  const source = auditSource(c);
  const { communeCode } = source;
  const files = await readRequestFiles(c);
  const unique = files.filter((f, i) => files.findIndex((g) => g.sha256 === f.sha256) === i);
  const hashes = unique.map((f) => f.sha256);
  // Whether the owner exists for this account, and what it has, is known before any byte is written.
  const known = await inTransaction(c, async (tx) => {
    if (!(await owner.exists(tx, communeCode))) throw notFound(owner.label);
    return findAttachmentsBySha256(tx, communeCode, owner.kind, owner.id, hashes);
  });
  const fresh = unique.filter((f) => !known.some((row) => row.sha256 === f.sha256));
  const unused: string[] = [];
  const result = await saveThenRecord(attachmentStore, fresh, (saved) =>
    inTransaction(c, async (tx) => {
      if (!(await owner.exists(tx, communeCode))) throw notFound(owner.label);
      await lockAttachmentOwner(tx, owner.kind, owner.id);
      // A copy of this request may have landed since the first look.
      const now = await findAttachmentsBySha256(tx, communeCode, owner.kind, owner.id, hashes);
      let created = false;
      for (const file of saved) {
        if (now.some((row) => row.sha256 === file.sha256)) {
          unused.push(file.storageKey);
          continue;
        }
        const attachmentId = await insertAttachment(tx, {
          communeCode,
          ownerKind: owner.kind,
          ownerId: owner.id,
          fileName: file.fileName,
          mediaType: file.mediaType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          storageKey: file.storageKey,
          createdBy: source.userId as number,
        });
        created = true;
        await recordAudit(tx, source, 'create', 'attachment', attachmentId, {
          after: {
            [owner.kind]: owner.id,
            fileName: file.fileName,
            sizeBytes: file.sizeBytes,
            mediaType: file.mediaType,
            sha256: file.sha256,
          },
        });
      }
      const rows = await findAttachmentsBySha256(tx, communeCode, owner.kind, owner.id, hashes);
      // In the order the files were sent; the first row when the bytes were stored twice before.
      const attachments = hashes.flatMap((h) => rows.find((row) => row.sha256 === h) ?? []);
      return { attachments, created };
    }),
  );
  await Promise.all(unused.map((key) => attachmentStore.remove(key)));
  return result;
}

/** The owner's files the account may see, oldest first; 404 when the owner does not exist for it. */
export function listOwnerFiles(
  c: Context<AppEnv>,
  owner: AttachmentOwner,
): Promise<AttachmentRow[]> {
  const { env } = c.get('deps');
  return inTransaction(c, async (tx) => {
    if (!(await owner.exists(tx, env.COMMUNE_CODE))) throw notFound(owner.label);
    return listAttachments(tx, env.COMMUNE_CODE, owner.kind, owner.id);
  });
}
