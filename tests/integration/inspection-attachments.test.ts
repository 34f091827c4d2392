// Photos of inspections: the team (police and culture) uploads and reads them, nobody else; a
// phone resending the same photo after a lost answer gets the first row back and nothing is
// stored twice; the type and size checks of tip files hold here too.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp, testAttachmentsDir } from '../helpers/test-app';
import { exeBytes, fileOf, filesUnder, jpegBytes } from '../helpers/upload-files';

const clock = new Date('2026-11-29T03:00:00Z');
const now = () => clock;
const { police, culture, leadership } = staffApps({ now });
const signedOut = testApp({ as: null, now });
const { sql } = police;
let head: ReturnType<typeof testApp>;
let businessId = 0;
let keyCounter = 0;

type Attachment = { id: number; ownerKind: string; ownerId: number; sha256: string };

async function newInspection() {
  const response = await police.sendJson('POST', '/api/inspections/schedule', {
    businessId,
    kind: 'surprise',
    plannedAt: '2026-12-02T20:00:00+07:00',
    team: [{ name: 'Trần Văn Kiểm', agency: 'Công an xã' }],
    idempotencyKey: `photo-test-${Date.now()}-${++keyCounter}`,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

function upload(app: ReturnType<typeof testApp>, inspectionId: number, files: File[]) {
  const form = new FormData();
  for (const f of files) form.append('files', f);
  return app.request(`/api/inspections/${inspectionId}/attachments`, {
    method: 'POST',
    body: form,
  });
}

// A photo whose pixels differ by `seed` (modulo 8), so a test's photos stay different ones
// once the server has re-encoded them; each test has its own inspection.
const photo = (seed: number, name = `anh-${seed}.jpg`) =>
  fileOf(jpegBytes(3000, seed), name, 'image/jpeg');

async function counts() {
  const [row] = await sql<[{ attachments: number; audits: number }]>`
    select (select count(*)::int from attachments) as attachments,
           (select count(*)::int from audit_log where entity = 'attachment') as audits`;
  return { ...row, files: (await filesUnder(testAttachmentsDir)).length };
}

const attachmentsOf = async (response: Response) =>
  ((await response.json()) as { attachments: Attachment[] }).attachments;

beforeAll(async () => {
  const [row] = await sql<[{ id: number; slug: string }]>`
    select b.id::int, v.slug from businesses b join villages v on v.id = b.village_id
    where b.deleted_at is null order by b.id limit 1`;
  businessId = row.id;
  head = testApp({ as: `thon-${row.slug}`, now });
  for (const app of [police, culture, leadership, head]) await app.request('/api/auth/me');
});

describe('photos of an inspection', () => {
  it('police and culture attach photos and both read them; each upload is audited', async () => {
    const id = await newInspection();
    const first = await upload(police, id, [photo(1)]);
    expect(first.status).toBe(201);
    const second = await upload(culture, id, [photo(2)]);
    expect(second.status).toBe(201);
    const ids = [...(await attachmentsOf(first)), ...(await attachmentsOf(second))].map(
      (a) => a.id,
    );
    for (const app of [police, culture]) {
      const list = await attachmentsOf(await app.request(`/api/inspections/${id}/attachments`));
      expect(list.map((a) => [a.id, a.ownerKind, a.ownerId])).toEqual(
        ids.map((i) => [i, 'inspection', id]),
      );
      expect((await app.request(`/api/attachments/${ids[0]}`)).status).toBe(200);
    }
    const audits = await sql<{ diff: { after: { inspection: number } } }[]>`
      select diff from audit_log where entity = 'attachment' and action = 'create'
        and entity_id in ${sql(ids.map(String))}`;
    expect(audits.map((a) => a.diff.after.inspection)).toEqual([id, id]);
  });

  it('a resent upload answers the first row and stores no second copy, also when sent together', async () => {
    const id = await newInspection();
    const file = photo(3, 'cua-truoc.jpg');
    const first = await upload(police, id, [file]);
    expect(first.status).toBe(201);
    const [made] = await attachmentsOf(first);
    const before = await counts();
    // The answer was lost; the phone sends the same bytes again (maybe under another name).
    const again = await upload(police, id, [photo(3, 'IMG_0001.jpg')]);
    expect(again.status).toBe(200);
    expect(await attachmentsOf(again)).toEqual([made]);
    // A new photo beside the resent one: only the new one is stored.
    const mixed = await upload(culture, id, [photo(3), photo(4)]);
    expect(mixed.status).toBe(201);
    const [same, added] = await attachmentsOf(mixed);
    expect(same).toEqual(made);
    expect(added?.id).not.toBe(made?.id);
    expect(await counts()).toEqual({
      attachments: before.attachments + 1,
      audits: before.audits + 1,
      files: before.files + 1,
    });
    // Two copies arriving at once still make one row.
    const [a, b] = await Promise.all([
      upload(police, id, [photo(5)]),
      upload(police, id, [photo(5)]),
    ]);
    expect((await attachmentsOf(a))[0]?.id).toBe((await attachmentsOf(b))[0]?.id);
    const [{ n }] = await sql<[{ n: number }]>`
      select count(*)::int as n from attachments where owner_kind = 'inspection' and owner_id = ${id}`;
    expect(n).toBe(3);
    expect((await filesUnder(testAttachmentsDir)).length).toBe(before.files + 2);
  });

  it('refuses leadership and village heads (403), no session (401), an unknown inspection (404); stores nothing', async () => {
    const id = await newInspection();
    const [file] = await attachmentsOf(await upload(police, id, [photo(6)]));
    const before = await counts();
    for (const app of [leadership, head]) {
      await expectErrorShape(await upload(app, id, [photo(7)]), 403);
      await expectErrorShape(await app.request(`/api/inspections/${id}/attachments`), 403);
    }
    // A village head may fetch tip files, but an inspection's photo does not exist for them.
    await expectErrorShape(await head.request(`/api/attachments/${file?.id}`), 404);
    await expectErrorShape(await upload(signedOut, id, [photo(7)]), 401);
    await expectErrorShape(await upload(police, 999_999_999, [photo(7)]), 404);
    await expectErrorShape(await police.request('/api/inspections/999999999/attachments'), 404);
    expect(await counts()).toEqual(before);
  });

  it('refuses a program renamed .jpg (415), too many (413) and too big (413); stores nothing', async () => {
    const id = await newInspection();
    const before = await counts();
    const exe = await upload(police, id, [photo(8), fileOf(exeBytes(), 'anh.jpg', 'image/jpeg')]);
    expect((await expectErrorShape(exe, 415)).code).toBe('unsupported-file-type');
    await expectErrorShape(
      await police.sendJson('POST', `/api/inspections/${id}/attachments`, {}),
      415,
    );
    const six = Array.from({ length: 6 }, (_, i) => photo(20 + i));
    expect((await expectErrorShape(await upload(police, id, six), 413)).code).toBe(
      'too-many-files',
    );
    const big = fileOf(jpegBytes(10 * 1024 * 1024 + 1), 'lon.jpg', 'image/jpeg');
    expect((await expectErrorShape(await upload(police, id, [big]), 413)).code).toBe(
      'file-too-large',
    );
    expect(await counts()).toEqual(before);
  });
});
