// Photos arrive with the phone's GPS position and camera in EXIF and XMP; an anonymous tip's
// photo must not carry them into the store, and one request without a session stores little.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, testApp, testAttachmentsDir } from '../helpers/test-app';
import {
  exifSegment,
  fileOf,
  filesUnder,
  jpegBytes,
  jpegWith,
  pdfBytes,
  xmpSegment,
} from '../helpers/upload-files';
import { pointInFirstVillage } from '../helpers/village-point';

const citizen = testApp({ as: null, publicLimits: { tips: { max: 1_000, windowMs: 60_000 } } });
const police = testApp({ as: 'congan' });
const { sql } = citizen;
let inside: [number, number] = [0, 0];

const make = 'CanaryPhoneMaker';
const model = 'Canary-Model-7';
const xmpText = 'canary-xmp-description';
const phonePhoto = () => jpegWith([exifSegment(make, model), xmpSegment(xmpText)]);

function tipForm(files: File[]) {
  const form = new FormData();
  form.set('description', 'Có người lạ chụp ảnh quán karaoke lúc nửa đêm, nghi môi giới.');
  form.set('category', 'nghi-mua-ban-dam');
  form.set('anonymous', 'true');
  form.set('location', JSON.stringify({ type: 'Point', coordinates: inside }));
  for (const f of files) form.append('files', f);
  return form;
}

const postTip = (files: File[]) =>
  citizen.request('/api/public/tips', { method: 'POST', body: tipForm(files) });

async function counts() {
  const [row] = await sql<[Record<string, number>]>`
    select (select count(*)::int from tips) as tips,
           (select count(*)::int from attachments) as attachments,
           (select count(*)::int from audit_log) as audit`;
  return { ...row, files: (await filesUnder(testAttachmentsDir)).length };
}

beforeAll(async () => {
  inside = await pointInFirstVillage(sql);
});

describe('a photo with GPS and camera metadata', () => {
  it('is a photo whose EXIF holds a GPS position and the camera (the test is real)', async () => {
    const meta = await sharp(phonePhoto()).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif?.length).toBeGreaterThan(100);
    expect(meta.xmp?.length).toBeGreaterThan(100);
    expect(Buffer.from(meta.exif ?? []).includes('CanaryPhoneMaker')).toBe(true);
  });

  it('is stored from the public form with no EXIF, XMP, GPS or camera left', async () => {
    const before = await filesUnder(testAttachmentsDir);
    const response = await postTip([fileOf(phonePhoto(), 'anh.jpg', 'image/jpeg')]);
    expect(response.status).toBe(201);
    const added = (await filesUnder(testAttachmentsDir)).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const stored = await readFile(added[0] as string);
    for (const marker of ['Exif', make, model, xmpText, 'http://ns.adobe.com/xap']) {
      expect(stored.includes(marker)).toBe(false);
    }
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([8, 8]);
  });

  it('is stored without metadata from an officer’s upload to a tip too', async () => {
    const [tip] = await sql<[{ id: number }]>`select id::int from tips order by id limit 1`;
    const before = await filesUnder(testAttachmentsDir);
    const form = new FormData();
    form.append('files', fileOf(phonePhoto(), 'hien-truong.jpg', 'image/jpeg'));
    const response = await police.request(`/api/tips/${tip.id}/attachments`, {
      method: 'POST',
      body: form,
    });
    expect(response.status).toBe(201);
    const added = (await filesUnder(testAttachmentsDir)).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const stored = await readFile(added[0] as string);
    expect(stored.includes('Exif')).toBe(false);
    expect(stored.includes(make)).toBe(false);
  });

  it('refuses bytes that start like a JPEG but are no picture (415), storing nothing', async () => {
    const before = await counts();
    const broken = new Uint8Array(4096);
    broken.set([0xff, 0xd8, 0xff, 0xe0]);
    const error = await expectErrorShape(
      await postTip([fileOf(broken, 'hong.jpg', 'image/jpeg')]),
      415,
    );
    expect(error.code).toBe('unreadable-image');
    expect(await counts()).toEqual(before);
  });
});

describe('what one request without a session may store', () => {
  it('takes at most three photos (413), and no PDF (415)', async () => {
    const before = await counts();
    const four = Array.from({ length: 4 }, (_, i) => fileOf(jpegBytes(), `${i}.jpg`, 'image/jpeg'));
    expect((await expectErrorShape(await postTip(four), 413)).code).toBe('too-many-files');
    const pdf = [fileOf(pdfBytes(), 'giay-to.pdf', 'application/pdf')];
    expect((await expectErrorShape(await postTip(pdf), 415)).code).toBe('unsupported-file-type');
    expect(await counts()).toEqual(before);
  });

  it('refuses photos over 15 MB together (413), storing nothing', async () => {
    const before = await counts();
    const three = Array.from({ length: 3 }, (_, i) =>
      fileOf(jpegBytes(6 * 1024 * 1024), `${i}.jpg`, 'image/jpeg'),
    );
    expect((await expectErrorShape(await postTip(three), 413)).code).toBe('payload-too-large');
    expect(await counts()).toEqual(before);
  });

  it('stores a large photo shrunk to 2048 pixels on its long side', async () => {
    const big = await sharp({
      create: { width: 4000, height: 1000, channels: 3, background: { r: 10, g: 120, b: 60 } },
    })
      .png()
      .toBuffer();
    const before = await filesUnder(testAttachmentsDir);
    const response = await postTip([fileOf(new Uint8Array(big), 'rong.png', 'image/png')]);
    expect(response.status).toBe(201);
    const added = (await filesUnder(testAttachmentsDir)).filter((f) => !before.includes(f));
    const meta = await sharp(await readFile(added[0] as string)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 2048, 512]);
  });
});
