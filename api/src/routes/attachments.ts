import {
  type AttachmentRow,
  getAttachment,
  insertAttachment,
  listAttachments,
} from '@ntm/db/queries/attachments';
import { appendAudit } from '@ntm/db/queries/audit';
import { getTip } from '@ntm/db/queries/tips';
import { Hono } from 'hono';
import { z } from 'zod';
import { attachmentDisposition } from '../attachments/file-name';
import { checkUploads, filesOf } from '../attachments/read-uploads';
import { saveThenRecord } from '../attachments/save-uploads';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource } from '../lib/audit-context';
import { validate } from '../lib/validate';
import { idParam } from '../schemas/geojson';

const idPath = z.object({ id: idParam });

const isMissingFile = (error: unknown) =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Photos and PDFs of tips: upload (multipart, field `files`), list, download. Who may attach to
 * or read which tip's files is row-level security's decision (police, or whoever took the tip
 * in); the bytes live outside the web root and leave only as a download.
 */
export const attachments = new Hono<AppEnv>()
  .post('/tips/:id/attachments', validate('param', idPath), async (c) => {
    const { attachmentStore } = c.get('deps');
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const contentType = (c.req.header('content-type') ?? '').toLowerCase();
    if (!contentType.startsWith('multipart/form-data')) {
      throw new ApiError(415, 'multipart-required', 'Gửi tệp dưới dạng multipart/form-data');
    }
    const form = await c.req.parseBody({ all: true }).catch(() => {
      throw new ApiError(400, 'invalid-form', 'Biểu mẫu gửi lên không đọc được');
    });
    const files = filesOf(form.files);
    if (files.length === 0) throw new ApiError(400, 'no-files', 'Chưa chọn tệp nào (trường files)');
    // Whether the tip exists for this account is known before any byte is written.
    const tip = await inTransaction(c, (tx) => getTip(tx, source.communeCode, id));
    if (!tip) throw notFound('Tin báo');
    const checked = await checkUploads(files);
    const rows = await saveThenRecord(attachmentStore, checked, (saved) =>
      inTransaction(c, async (tx) => {
        if (!(await getTip(tx, source.communeCode, id))) throw notFound('Tin báo');
        const ids: number[] = [];
        for (const file of saved) {
          const attachmentId = await insertAttachment(tx, {
            communeCode: source.communeCode,
            ownerKind: 'tip',
            ownerId: id,
            fileName: file.fileName,
            mediaType: file.mediaType,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
            storageKey: file.storageKey,
            createdBy: source.userId as number,
          });
          ids.push(attachmentId);
          await appendAudit(tx, {
            ...source,
            action: 'create',
            entity: 'attachment',
            entityId: String(attachmentId),
            diff: {
              after: {
                tip: id,
                fileName: file.fileName,
                sizeBytes: file.sizeBytes,
                mediaType: file.mediaType,
                sha256: file.sha256,
              },
            },
          });
        }
        const all: AttachmentRow[] = await listAttachments(tx, source.communeCode, 'tip', id);
        return all.filter((row) => ids.includes(row.id));
      }),
    );
    return c.json({ attachments: rows }, 201);
  })
  .get('/tips/:id/attachments', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const rows = await inTransaction(c, async (tx) => {
      if (!(await getTip(tx, env.COMMUNE_CODE, id))) throw notFound('Tin báo');
      return listAttachments(tx, env.COMMUNE_CODE, 'tip', id);
    });
    return c.json({ attachments: rows });
  })
  .get('/attachments/:id', validate('param', idPath), async (c) => {
    const { attachmentStore } = c.get('deps');
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const row = await inTransaction(c, async (tx) => {
      const found = await getAttachment(tx, source.communeCode, id);
      if (!found) throw notFound('Tệp đính kèm');
      // A photo of a tip may show people: every read is recorded, as a reporter's is.
      await appendAudit(tx, {
        ...source,
        action: 'read-sensitive',
        entity: 'attachment',
        entityId: String(id),
        diff: null,
      });
      return found;
    });
    let bytes: Buffer;
    try {
      bytes = await attachmentStore.read(row.storageKey);
    } catch (error) {
      if (!isMissingFile(error)) throw error;
      console.error(`[${c.get('requestId') ?? '-'}] attachment ${id}: file missing from the store`);
      throw new ApiError(404, 'file-missing', 'Tệp không còn trên máy chủ');
    }
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': row.mediaType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': attachmentDisposition(row.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Opened in a tab anyway (a PDF viewer), it runs nothing and loads nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
  });
