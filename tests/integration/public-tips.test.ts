// The public tip form: no login, a tracking code that shows status only, additions, a
// honeypot, rate limits on filing and on wrong codes, upload limits, and the reporter's contact
// kept to the police.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectErrorShape, testApp, testAttachmentsDir } from '../helpers/test-app';
import { exeBytes, fileOf, filesUnder, jpegBytes } from '../helpers/upload-files';
import { pointInFirstVillage } from '../helpers/village-point';

// Signed out, with room for every filing this file makes; the limits have their own apps.
const citizen = testApp({
  as: null,
  publicLimits: { tips: { max: 1_000, windowMs: 60_000 } },
});
const police = testApp({ as: 'congan' });
const { sql } = citizen;
let inside: [number, number] = [0, 0];

const codePattern = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const description = 'Quán karaoke đầu thôn có nhiều người lạ ra vào lúc nửa đêm, nghi môi giới.';

const tipBody = (extra: Record<string, unknown> = {}) => ({
  description,
  category: 'co-so-tra-hinh',
  location: { type: 'Point', coordinates: inside },
  anonymous: true,
  ...extra,
});

async function file(app = citizen, extra: Record<string, unknown> = {}) {
  const response = await app.sendJson('POST', '/api/public/tips', tipBody(extra));
  expect(response.status).toBe(201);
  const { trackingCode } = (await response.json()) as { trackingCode: string };
  return trackingCode;
}

const hashOf = (code: string) => createHash('sha256').update(code.replace(/-/g, '')).digest('hex');

async function tipOfCode(code: string) {
  const [row] = await sql<[{ id: number; status: string; channel: string }?]>`
    select t.id::int, t.status, t.channel from public_tip_codes c join tips t on t.id = c.tip_id
    where c.code_hash = ${hashOf(code)}`;
  return row;
}

async function counts() {
  const [row] = await sql<[Record<string, number>]>`
    select (select count(*)::int from tips) as tips,
           (select count(*)::int from public_tip_codes) as codes,
           (select count(*)::int from tip_reporters) as reporters,
           (select count(*)::int from attachments) as attachments,
           (select count(*)::int from audit_log) as audit`;
  return { ...row, files: (await filesUnder(testAttachmentsDir)).length };
}

function multipart(fields: Record<string, string>, files: File[]) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  for (const f of files) form.append('files', f);
  return form;
}

const formFields = () => ({
  description,
  category: 'nghi-mua-ban-dam',
  anonymous: 'true',
  location: JSON.stringify({ type: 'Point', coordinates: inside }),
});

const postForm = (form: FormData, app = citizen) =>
  app.request('/api/public/tips', { method: 'POST', body: form });

beforeAll(async () => {
  inside = await pointInFirstVillage(sql);
});

describe('the small map’s data without login', () => {
  it('gives the commune’s outline and name, and the villages’ outlines and names, nothing else', async () => {
    const commune = await citizen.request('/api/public/commune');
    expect(commune.status).toBe(200);
    const feature = (await commune.json()) as { geometry: { type: string }; properties: object };
    expect(feature.geometry.type).toMatch(/Polygon/);
    expect(Object.keys(feature.properties).sort()).toEqual(['bbox', 'name']);
    const villages = await citizen.request('/api/public/villages');
    const { features } = (await villages.json()) as { features: { properties: object }[] };
    expect(features.length).toBeGreaterThan(10);
    for (const f of features) expect(Object.keys(f.properties)).toEqual(['name']);
  });
});

describe('filing a tip without login', () => {
  it('answers 201 with a tracking code stored only as its hash', async () => {
    const code = await file();
    expect(code).toMatch(codePattern);
    const tip = await tipOfCode(code);
    expect(tip).toMatchObject({ status: 'received', channel: 'public-form' });
    const stored = await sql`select code_hash from public_tip_codes where tip_id = ${tip?.id ?? 0}`;
    expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
    const [audit] = await sql<[{ diff: Record<string, unknown>; user_id: number | null }]>`
      select diff, user_id from audit_log where entity = 'tip' and entity_id = ${String(tip?.id)}`;
    expect(audit).toMatchObject({
      user_id: null,
      diff: { reporter: 'anonymous', after: { channel: 'public-form', located: true } },
    });
  });

  it('takes a tip without a location, and refuses one outside the commune', async () => {
    expect(await tipOfCode(await file(citizen, { location: undefined }))).toBeDefined();
    const before = await counts();
    const response = await citizen.sendJson(
      'POST',
      '/api/public/tips',
      tipBody({ location: { type: 'Point', coordinates: [105.8, 21.03] } }),
    );
    expect((await expectErrorShape(response, 422)).code).toBe('outside-commune');
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input in the error shape and stores nothing', async () => {
    const before = await counts();
    const bad = [
      '{"description": ',
      tipBody({ description: 'ngắn' }),
      tipBody({ category: 'khong-co' }),
      tipBody({ anonymous: false }),
      tipBody({ extra: 1 }),
    ];
    for (const body of bad) {
      await expectErrorShape(await citizen.sendJson('POST', '/api/public/tips', body), 400);
    }
    expect(await counts()).toEqual(before);
  });

  it('takes the same fields as a multipart form with photos', async () => {
    const response = await postForm(
      multipart(formFields(), [fileOf(jpegBytes(4096), 'ảnh quán.jpg', 'image/jpeg')]),
    );
    expect(response.status).toBe(201);
    const { trackingCode } = (await response.json()) as { trackingCode: string };
    const tip = await tipOfCode(trackingCode);
    const rows = await sql<{ media_type: string; size_bytes: number; file_name: string }[]>`
      select media_type, size_bytes, file_name from attachments
      where owner_kind = 'tip' and owner_id = ${tip?.id ?? 0}`;
    expect(rows).toEqual([
      { media_type: 'image/jpeg', size_bytes: expect.any(Number), file_name: 'ảnh quán.jpg' },
    ]);
    const list = await police.request(`/api/tips/${tip?.id}/attachments`);
    const { attachments } = (await list.json()) as { attachments: { id: number }[] };
    const download = await police.request(`/api/attachments/${attachments[0]?.id}`);
    expect(download.status).toBe(200);
    // The re-encoded copy (photo-metadata.test.ts): a JPEG of the size the row says.
    const served = new Uint8Array(await download.arrayBuffer());
    expect(served.subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    expect(served.byteLength).toBe(rows[0]?.size_bytes);
  });
});

describe('the tracking code', () => {
  it('shows the status in plain words and dates, nothing else', async () => {
    const code = await file();
    for (const typed of [code, code.toLowerCase(), code.replace(/-/g, ' ')]) {
      const response = await citizen.request(`/api/public/tips/${encodeURIComponent(typed)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['receivedAt', 'status', 'statusText', 'updatedAt']);
      expect(body).toMatchObject({ status: 'received', statusText: 'Đã tiếp nhận' });
      expect(text).not.toContain('karaoke');
      expect(text).not.toContain(String(inside[0]).slice(0, 6));
      expect(text).not.toMatch(/co-so-tra-hinh|public-form|Point|coordinates/);
    }
  });

  it('follows the police’s steps in the citizen’s words', async () => {
    const code = await file();
    const tip = await tipOfCode(code);
    const step = (to: string) =>
      police.sendJson('POST', `/api/tips/${tip?.id}/transitions`, { to, note: `Bước ${to}` });
    const status = async () =>
      ((await (await citizen.request(`/api/public/tips/${code}`)).json()) as { statusText: string })
        .statusText;
    expect((await step('verified')).status).toBe(200);
    expect(await status()).toBe('Đang xác minh');
    expect((await step('unfounded')).status).toBe(200);
    expect(await status()).toBe('Đã kết thúc');
  });

  it('adds information to the tip', async () => {
    const code = await file();
    const tip = await tipOfCode(code);
    const response = await citizen.sendJson('POST', `/api/public/tips/${code}/additions`, {
      text: 'Xe biển số 34A-123.45 thường đỗ trước cửa sau 23 giờ.',
    });
    expect(response.status).toBe(201);
    const rows = await sql`select body from tip_additions where tip_id = ${tip?.id ?? 0}`;
    expect(rows).toEqual([{ body: 'Xe biển số 34A-123.45 thường đỗ trước cửa sau 23 giờ.' }]);
    const read = await police.request(`/api/tips/${tip?.id}/additions`);
    expect(await read.json()).toMatchObject({
      additions: [{ body: 'Xe biển số 34A-123.45 thường đỗ trước cửa sau 23 giờ.' }],
    });
    await expectErrorShape(
      await testApp({ as: 'vanhoa' }).request(`/api/tips/${tip?.id}/additions`),
      403,
    );
    await expectErrorShape(
      await citizen.sendJson('POST', `/api/public/tips/${code}/additions`, { text: '' }),
      400,
    );
  });

  it('answers a wrong code with 404 in the error shape', async () => {
    const app = testApp({ as: null });
    await expectErrorShape(await app.request('/api/public/tips/AAAA-BBBB-CCCC-DDDD'), 404);
    await expectErrorShape(await app.request('/api/public/tips/not-a-code'), 404);
    await expectErrorShape(
      await app.sendJson('POST', '/api/public/tips/AAAA-BBBB-CCCC-DDDD/additions', {
        text: 'thêm thông tin',
      }),
      404,
    );
  });

  it('rate limits 30 wrong codes from one address, with Retry-After, right codes included', async () => {
    const app = testApp({ as: null });
    const code = await file();
    for (let i = 0; i < 30; i += 1) {
      const response = await app.request(
        `/api/public/tips/AAAA-BBBB-CCCC-${String(i).padStart(4, '0')}`,
      );
      expect(response.status).toBe(404);
    }
    const limited = await app.request('/api/public/tips/AAAA-BBBB-CCCC-ZZZZ');
    expect((await expectErrorShape(limited, 429)).code).toBe('rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Once limited, a right guess looks like any other: nothing to learn by guessing on.
    expect((await app.request(`/api/public/tips/${code}`)).status).toBe(429);
    expect((await citizen.request(`/api/public/tips/${code}`)).status).toBe(200);
  });
});

describe('what is refused and leaves nothing behind', () => {
  it('answers a bot that fills the hidden field as if accepted, and stores nothing', async () => {
    const before = await counts();
    const response = await citizen.sendJson(
      'POST',
      '/api/public/tips',
      tipBody({ website: 'http://spam.example' }),
    );
    expect(response.status).toBe(201);
    const { trackingCode } = (await response.json()) as { trackingCode: string };
    expect(trackingCode).toMatch(codePattern);
    const form = multipart({ ...formFields(), website: 'x' }, [
      fileOf(jpegBytes(), 'a.jpg', 'image/jpeg'),
    ]);
    expect((await postForm(form)).status).toBe(201);
    expect(await counts()).toEqual(before);
    expect((await citizen.request(`/api/public/tips/${trackingCode}`)).status).toBe(404);
  });

  it('refuses an 11 MB photo with 413 and stores no tip, no row, no file', async () => {
    const before = await counts();
    const form = multipart(formFields(), [
      fileOf(jpegBytes(1024), 'nho.jpg', 'image/jpeg'),
      fileOf(jpegBytes(11 * 1024 * 1024), 'lon.jpg', 'image/jpeg'),
    ]);
    const error = await expectErrorShape(await postForm(form), 413);
    expect(error.code).toBe('file-too-large');
    expect(await counts()).toEqual(before);
  });

  it('refuses more than three files, and a body over the upload limit, with 413', async () => {
    const before = await counts();
    const six = Array.from({ length: 4 }, (_, i) => fileOf(jpegBytes(), `${i}.jpg`, 'image/jpeg'));
    expect((await expectErrorShape(await postForm(multipart(formFields(), six)), 413)).code).toBe(
      'too-many-files',
    );
    const huge = multipart(formFields(), [
      fileOf(jpegBytes(60 * 1024 * 1024), 'x.jpg', 'image/jpeg'),
    ]);
    expect((await expectErrorShape(await postForm(huge), 413)).code).toBe('payload-too-large');
    // A JSON body keeps the 1 MB limit.
    const big = JSON.stringify(tipBody({ description: 'x'.repeat(2 * 1024 * 1024) }));
    await expectErrorShape(await citizen.sendJson('POST', '/api/public/tips', big), 413);
    expect(await counts()).toEqual(before);
  });

  it('refuses a program renamed .jpg by its bytes (415)', async () => {
    const before = await counts();
    const form = multipart(formFields(), [fileOf(exeBytes(), 'anh.jpg', 'image/jpeg')]);
    expect((await expectErrorShape(await postForm(form), 415)).code).toBe('unsupported-file-type');
    expect(await counts()).toEqual(before);
  });

  it('rate limits filing per address (5 an hour) with Retry-After', async () => {
    const app = testApp({ as: null });
    for (let i = 0; i < 5; i += 1) await file(app);
    const before = await counts();
    const response = await app.sendJson('POST', '/api/public/tips', tipBody());
    expect((await expectErrorShape(response, 429)).code).toBe('rate-limited');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(await counts()).toEqual(before);
  });
});

describe('the reporter’s contact', () => {
  const printed: string[] = [];
  beforeAll(() => {
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
    }
  });
  afterAll(() => vi.restoreAllMocks());

  const canary = { name: 'Trần Canary Báo Tin', phone: '0966 111 222' };

  it('is kept only when the citizen leaves it, and only the police read it', async () => {
    const anonymousCode = await file(citizen, { anonymous: true, contact: canary });
    const anonymousTip = await tipOfCode(anonymousCode);
    expect(await sql`select 1 from tip_reporters where tip_id = ${anonymousTip?.id ?? 0}`).toEqual(
      [],
    );

    const answers: string[] = [];
    const filing = await citizen.sendJson(
      'POST',
      '/api/public/tips',
      tipBody({ anonymous: false, contact: canary }),
    );
    answers.push(await filing.text());
    const { trackingCode } = JSON.parse(answers[0] as string) as { trackingCode: string };
    const tip = await tipOfCode(trackingCode);
    const id = tip?.id ?? 0;
    const reporter = await police.request(`/api/tips/${id}/reporter`);
    expect(await reporter.json()).toMatchObject({
      reporter: { name: canary.name, phone: canary.phone },
    });

    // Every other role, and no session: everything they may or may not call about tips.
    const [village] = await sql<[{ slug: string }]>`select slug from villages order by id limit 1`;
    const accounts = ['lanhdao', 'tramyte', 'vanhoa', 'admin', `thon-${village.slug}`, null];
    const paths = [
      '/api/tips',
      `/api/tips/${id}`,
      `/api/tips/${id}/reporter`,
      `/api/tips/${id}/attachments`,
      `/api/tips/${id}/duplicates`,
      '/api/tips/summary',
      `/api/audit?entity=tip&entityId=${id}`,
      '/api/audit',
      `/api/public/tips/${trackingCode}`,
    ];
    for (const as of accounts) {
      const app = testApp({ as });
      for (const path of paths) {
        const response = await app.request(path);
        answers.push(
          `${as} ${path} ${response.status}\n${[...response.headers].join('\n')}\n${await response.text()}`,
        );
      }
    }
    const audit = JSON.stringify(await sql`select * from audit_log`);
    const everything = [...answers, ...printed, audit].join('\n');
    expect(answers.join('\n')).toContain('Đã tiếp nhận');
    // Whole values only: a short piece like "0966" turns up by chance in the audit's hex hashes.
    for (const secret of [
      canary.name,
      canary.phone,
      canary.phone.replaceAll(' ', ''),
      'Canary Báo Tin',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});
