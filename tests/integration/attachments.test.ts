// Attachments of tips: who may upload and read them (row-level security decides which tip),
// the bytes round-trip with their type, and the type and size checks store nothing.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp, testAttachmentsDir } from '../helpers/test-app';
import { exeBytes, fileOf, filesUnder, jpegBytes, pdfBytes } from '../helpers/upload-files';

const { police, culture, leadership, health } = staffApps();
const signedOut = testApp({ as: null });
const { sql } = police;
let head: ReturnType<typeof testApp>;
let inside: [number, number] = [0, 0];

type Attachment = {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
};

async function newTip(app: ReturnType<typeof testApp>) {
  const response = await app.sendJson('POST', '/api/tips', {
    channel: 'in-person',
    category: 'nghi-mua-ban-dam',
    description: 'Có người lạ thuê phòng theo giờ nhiều lần trong tuần.',
    location: { type: 'Point', coordinates: inside },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

function upload(app: ReturnType<typeof testApp>, tipId: number, files: File[]) {
  const form = new FormData();
  for (const f of files) form.append('files', f);
  return app.request(`/api/tips/${tipId}/attachments`, { method: 'POST', body: form });
}

async function counts() {
  const [row] = await sql<
    [{ attachments: number }]
  >`select count(*)::int as attachments from attachments`;
  return { ...row, files: (await filesUnder(testAttachmentsDir)).length };
}

beforeAll(async () => {
  const [row] = await sql<[{ slug: string; lng: number; lat: number }]>`
    select slug, ST_X(ST_PointOnSurface(geom)) as lng, ST_Y(ST_PointOnSurface(geom)) as lat
    from villages order by id limit 1`;
  inside = [row.lng, row.lat];
  head = testApp({ as: `thon-${row.slug}` });
});

describe('uploading and reading back', () => {
  it('stores a photo and a PDF for a tip; the bytes come back with their type, as a download', async () => {
    const tipId = await newTip(police);
    const photo = jpegBytes(5000, 1);
    const response = await upload(police, tipId, [
      fileOf(photo, 'ảnh cửa trước.jpg', 'image/jpeg'),
      // The client's claimed type does not count: the bytes say PDF.
      fileOf(pdfBytes(), 'biên bản', 'application/octet-stream'),
    ]);
    expect(response.status).toBe(201);
    const { attachments } = (await response.json()) as { attachments: Attachment[] };
    expect(attachments.map((a) => [a.fileName, a.mediaType])).toEqual([
      ['ảnh cửa trước.jpg', 'image/jpeg'],
      ['biên bản.pdf', 'application/pdf'],
    ]);
    // Where the bytes lie stays on the server.
    const keys = await sql<{ storage_key: string }[]>`
      select storage_key from attachments where owner_id = ${tipId} and owner_kind = 'tip'`;
    expect(keys).toHaveLength(2);
    for (const { storage_key } of keys)
      expect(JSON.stringify(attachments)).not.toContain(storage_key);
    expect(JSON.stringify(attachments)).not.toMatch(/storage/i);

    const list = await police.request(`/api/tips/${tipId}/attachments`);
    expect(((await list.json()) as { attachments: Attachment[] }).attachments).toEqual(attachments);

    const download = await police.request(`/api/attachments/${attachments[0]?.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="anh-cua-truoc\.jpg"; filename\*=UTF-8''/,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    // The stored photo is the re-encoded copy (no metadata), named by its own SHA-256.
    const served = new Uint8Array(await download.arrayBuffer());
    expect(served.subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    expect(createHash('sha256').update(served).digest('hex')).toBe(attachments[0]?.sha256);
    const pdf = await police.request(`/api/attachments/${attachments[1]?.id}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('records every upload in the audit log with its name and size, never its contents', async () => {
    const tipId = await newTip(police);
    const response = await upload(police, tipId, [
      fileOf(pdfBytes(), 'quyet-dinh.pdf', 'application/pdf'),
    ]);
    const [attachment] = ((await response.json()) as { attachments: Attachment[] }).attachments;
    const rows = await sql<{ action: string; diff: Record<string, unknown> }[]>`
      select action, diff from audit_log where entity = 'attachment' and entity_id = ${String(attachment?.id)}`;
    expect(rows).toEqual([
      {
        action: 'create',
        diff: {
          after: {
            tip: tipId,
            fileName: 'quyet-dinh.pdf',
            sizeBytes: pdfBytes().byteLength,
            mediaType: 'application/pdf',
            sha256: attachment?.sha256,
          },
        },
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('PDF-1.4');
    await police.request(`/api/attachments/${attachment?.id}`);
    const [read] =
      await sql`select action from audit_log where entity = 'attachment' and entity_id = ${String(attachment?.id)} and action = 'read-sensitive'`;
    expect(read).toBeDefined();
  });
});

describe('who may attach and read', () => {
  it('lets a village head and culture attach to the tips they took in, and read only their own files', async () => {
    const headTip = await newTip(head);
    const ownUpload = await upload(head, headTip, [fileOf(jpegBytes(), 'a.jpg', 'image/jpeg')]);
    expect(ownUpload.status).toBe(201);
    const [own] = ((await ownUpload.json()) as { attachments: Attachment[] }).attachments;
    expect((await head.request(`/api/attachments/${own?.id}`)).status).toBe(200);
    // The police see the tip and its files, and add their own, which the head does not see.
    expect((await police.request(`/api/attachments/${own?.id}`)).status).toBe(200);
    const policeUpload = await upload(police, headTip, [
      fileOf(pdfBytes(), 'b.pdf', 'application/pdf'),
    ]);
    const [policeFile] = ((await policeUpload.json()) as { attachments: Attachment[] }).attachments;
    await expectErrorShape(await head.request(`/api/attachments/${policeFile?.id}`), 404);
    const list = (await (await head.request(`/api/tips/${headTip}/attachments`)).json()) as {
      attachments: Attachment[];
    };
    expect(list.attachments.map((a) => a.id)).toEqual([own?.id]);

    const cultureTip = await newTip(culture);
    expect(
      (await upload(culture, cultureTip, [fileOf(jpegBytes(), 'c.jpg', 'image/jpeg')])).status,
    ).toBe(201);
    // Nobody else's tip: it does not exist for them, and nothing is stored.
    const policeTip = await newTip(police);
    const before = await counts();
    await expectErrorShape(
      await upload(head, policeTip, [fileOf(jpegBytes(), 'd.jpg', 'image/jpeg')]),
      404,
    );
    await expectErrorShape(
      await upload(culture, headTip, [fileOf(jpegBytes(), 'e.jpg', 'image/jpeg')]),
      404,
    );
    await expectErrorShape(await culture.request(`/api/attachments/${own?.id}`), 404);
    await expectErrorShape(await culture.request(`/api/tips/${headTip}/attachments`), 404);
    expect(await counts()).toEqual(before);
  });

  it('refuses leadership and health (403) and no session (401)', async () => {
    const tipId = await newTip(police);
    const response = await upload(police, tipId, [fileOf(jpegBytes(), 'a.jpg', 'image/jpeg')]);
    const [file] = ((await response.json()) as { attachments: Attachment[] }).attachments;
    for (const app of [leadership, health]) {
      await expectErrorShape(await app.request(`/api/attachments/${file?.id}`), 403);
      await expectErrorShape(await app.request(`/api/tips/${tipId}/attachments`), 403);
      await expectErrorShape(
        await upload(app, tipId, [fileOf(jpegBytes(), 'b.jpg', 'image/jpeg')]),
        403,
      );
    }
    await expectErrorShape(await signedOut.request(`/api/attachments/${file?.id}`), 401);
  });
});

describe('the type and size checks', () => {
  it('refuses a program renamed .jpg, an empty file, a JSON body, no files, too many and too big; stores nothing', async () => {
    const tipId = await newTip(police);
    const before = await counts();
    const exe = await upload(police, tipId, [
      fileOf(jpegBytes(), 'ok.jpg', 'image/jpeg'),
      fileOf(exeBytes(), 'anh.jpg', 'image/jpeg'),
    ]);
    expect((await expectErrorShape(exe, 415)).code).toBe('unsupported-file-type');
    await expectErrorShape(
      await upload(police, tipId, [fileOf(new Uint8Array(), 'x.png', 'image/png')]),
      415,
    );
    await expectErrorShape(
      await police.sendJson('POST', `/api/tips/${tipId}/attachments`, {}),
      415,
    );
    await expectErrorShape(await upload(police, tipId, []), 400);
    const six = Array.from({ length: 6 }, (_, i) => fileOf(jpegBytes(), `${i}.jpg`, 'image/jpeg'));
    expect((await expectErrorShape(await upload(police, tipId, six), 413)).code).toBe(
      'too-many-files',
    );
    const big = fileOf(jpegBytes(10 * 1024 * 1024 + 1), 'lon.jpg', 'image/jpeg');
    expect((await expectErrorShape(await upload(police, tipId, [big]), 413)).code).toBe(
      'file-too-large',
    );
    await expectErrorShape(
      await upload(police, 999_999_999, [fileOf(jpegBytes(), 'a.jpg', 'image/jpeg')]),
      404,
    );
    expect(await counts()).toEqual(before);
    // Exactly 10 MB is allowed.
    const limit = fileOf(jpegBytes(10 * 1024 * 1024), 'vua.jpg', 'image/jpeg');
    expect((await upload(police, tipId, [limit])).status).toBe(201);
  });
});
