import { getAttachment } from '@ntm/db/queries/attachments';
import { getInspection } from '@ntm/db/queries/inspections';
import { getTip } from '@ntm/db/queries/tips';
import { Hono } from 'hono';
import { type AttachmentOwner, listOwnerFiles, receiveUploads } from '../attachments/owner-uploads';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { downloadDisposition } from '../lib/download-name';
import { validate } from '../lib/validate';
import { idPath } from '../schemas/geojson';

const tipOwner = (id: number): AttachmentOwner => ({
  kind: 'tip',
  id,
  label: 'Tin báo',
  exists: async (tx, communeCode) => (await getTip(tx, communeCode, id)) !== null,
});

const inspectionOwner = (id: number): AttachmentOwner => ({
  kind: 'inspection',
  id,
  label: 'Cuộc kiểm tra',
  exists: async (tx, communeCode) => (await getInspection(tx, communeCode, id)) !== null,
});

const isMissingFile = (error: unknown) =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Photos and PDFs of tips and inspections: upload (multipart, field `files`), list, download.
 * Who may attach to or read which owner's files is row-level security's decision (a tip's:
 * police, or whoever took it in; an inspection's: the team, police and culture); the bytes live
 * outside the web root and leave only as a download. One implementation for both owners
 * (attachments/owner-uploads.ts).
 */
export const attachments = new Hono<AppEnv>()
  .post('/tips/:id/attachments', validate('param', idPath), async (c) => {
    const { attachments, created } = await receiveUploads(c, tipOwner(c.req.valid('param').id));
    return c.json({ attachments }, created ? 201 : 200);
  })
  .get('/tips/:id/attachments', validate('param', idPath), async (c) => {
    const rows = await listOwnerFiles(c, tipOwner(c.req.valid('param').id));
    return c.json({ attachments: rows });
  })
  // Photos taken at the door; the phone resends after a lost answer, which stores nothing twice.
  .post('/inspections/:id/attachments', validate('param', idPath), async (c) => {
    const owner = inspectionOwner(c.req.valid('param').id);
    const { attachments, created } = await receiveUploads(c, owner);
    return c.json({ attachments }, created ? 201 : 200);
  })
  .get('/inspections/:id/attachments', validate('param', idPath), async (c) => {
    const rows = await listOwnerFiles(c, inspectionOwner(c.req.valid('param').id));
    return c.json({ attachments: rows });
  })
  .get('/attachments/:id', validate('param', idPath), async (c) => {
    const { attachmentStore } = c.get('deps');
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const row = await inTransaction(c, async (tx) => {
      const found = orNotFound(
        await getAttachment(tx, { communeCode: source.communeCode, id }),
        'Tệp đính kèm',
      );
      // A photo of a tip may show people: every read is recorded, as a reporter's is.
      await recordAudit(tx, source, 'read-sensitive', 'attachment', id, null);
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
      'Content-Disposition': downloadDisposition(row.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Opened in a tab anyway (a PDF viewer), it runs nothing and loads nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
  });
