import { describe, expect, it } from 'vitest';
import { addFieldPhotos, markPhotoSent, waitingPhotos } from './field-photos';
import { emptyDraft } from './field-record';
import { fieldRecord } from './field-record-fixtures';

const file = (name: string, type: string, size = 1000) =>
  new File([new Uint8Array(size)], name, { type });

const record = (draft = emptyDraft(new Date('2026-11-29T03:00:00Z'))) =>
  fieldRecord(draft, { state: 'pending' });

describe('photos of a field record', () => {
  it('takes images only, at most 10 MB each and five in all, saying what it refused', () => {
    const four = addFieldPhotos(
      [],
      Array.from({ length: 4 }, (_, i) => file(`${i}.jpg`, 'image/jpeg')),
    ).photos;
    const { photos, problems } = addFieldPhotos(four, [
      file('bien-ban.pdf', 'application/pdf'),
      file('lon.png', 'image/png', 10 * 1024 * 1024 + 1),
      file('4.webp', 'image/webp'),
      file('5.jpg', 'image/jpeg'),
    ]);
    expect(photos.map((p) => p.file.name)).toEqual(['0.jpg', '1.jpg', '2.jpg', '3.jpg', '4.webp']);
    expect(new Set(photos.map((p) => p.key)).size).toBe(5);
    expect(photos.every((p) => p.sentAs === null)).toBe(true);
    expect(problems.map((p) => p.kind)).toEqual(['wrong-type', 'too-big', 'too-many']);
  });

  it('a photo marked as sent no longer waits; the others still do', () => {
    const { photos } = addFieldPhotos(
      [],
      [file('a.jpg', 'image/jpeg'), file('b.png', 'image/png')],
    );
    const r = record({ ...emptyDraft(new Date()), photos });
    expect(waitingPhotos(r)).toHaveLength(2);
    const after = markPhotoSent(r, photos[0]?.key ?? '', 41);
    expect(waitingPhotos(after).map((p) => p.file.name)).toEqual(['b.png']);
    expect(waitingPhotos(r)).toHaveLength(2);
  });

  it('a draft kept before photos existed has none waiting', () => {
    const { photos: _, ...old } = emptyDraft(new Date());
    expect(waitingPhotos(record(old))).toEqual([]);
  });
});
