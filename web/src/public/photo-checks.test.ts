import { describe, expect, it } from 'vitest';
import { addPhotos, maxFileBytes } from './photo-checks';

const file = (name: string, type: string, size = 1000) =>
  new File([new Uint8Array(size)], name, { type });

describe('addPhotos', () => {
  it('keeps photos and PDFs up to the limits', () => {
    const { files, problems } = addPhotos(
      [],
      [file('a.jpg', 'image/jpeg'), file('b.pdf', 'application/pdf')],
    );
    expect(files.map((f) => f.name)).toEqual(['a.jpg', 'b.pdf']);
    expect(problems).toEqual([]);
  });

  it('refuses a program, a file over 10 MB and a sixth file, saying which and why', () => {
    const five = Array.from({ length: 4 }, (_, i) => file(`${i}.png`, 'image/png'));
    const { files, problems } = addPhotos(five, [
      file('setup.exe', 'application/x-msdownload'),
      file('lon.jpg', 'image/jpeg', maxFileBytes + 1),
      file('4.webp', 'image/webp'),
      file('5.jpg', 'image/jpeg'),
      file('6.jpg', 'image/jpeg'),
    ]);
    expect(files).toHaveLength(5);
    expect(problems).toEqual([
      { kind: 'wrong-type', name: 'setup.exe' },
      { kind: 'too-big', name: 'lon.jpg', sizeMb: 10.1 },
      { kind: 'too-many', max: 5 },
    ]);
  });

  it('goes by the extension when the phone gives no type', () => {
    expect(addPhotos([], [file('IMG_1.JPG', '')]).files).toHaveLength(1);
    expect(addPhotos([], [file('IMG_1.HEIC', '')]).problems[0]?.kind).toBe('wrong-type');
  });
});
