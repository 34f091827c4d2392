import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isRefusal } from './read-refusal';
import { inflateEntry, listZipEntries, type ZipEntry } from './zip-archive';
import { checkZipEntries, isUnsafeEntryName } from './zip-checks';

const text = (s: string) => new TextEncoder().encode(s);

/** Rewrites an entry's declared size in the central directory, as a lying bomb does. */
function lieAboutSize(zip: Uint8Array, entry: ZipEntry, declaredBytes: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i < copy.length - 4; i++) {
    if (
      view.getUint32(i, true) === 0x02014b50 &&
      view.getUint32(i + 42, true) === entry.localHeaderOffset
    ) {
      view.setUint32(i + 24, declaredBytes, true);
      return copy;
    }
  }
  throw new Error('central directory entry not found');
}

describe('listZipEntries and inflateEntry', () => {
  it('lists entries with their sizes and inflates them back exactly', () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const zip = zipSync({ 'lop/xa.shp': big, 'lop/xa.prj': text('PROJCS[]') });
    const entries = listZipEntries(zip);
    if (isRefusal(entries)) throw new Error(entries.message);
    expect(entries.map((e) => [e.name, e.declaredBytes])).toEqual([
      ['lop/xa.shp', 300_000],
      ['lop/xa.prj', 8],
    ]);
    const shp = inflateEntry(zip, entries[0] as ZipEntry, 300_000);
    if (isRefusal(shp)) throw new Error(shp.message);
    // Compared as buffers: a deep equal walks 300,000 elements slowly.
    expect(Buffer.compare(Buffer.from(shp), Buffer.from(big))).toBe(0);
  });

  it('stops inflating at the cap when the declared size lies', () => {
    const zip = zipSync({ 'a.dbf': new Uint8Array(5_000_000) });
    const [entry] = listZipEntries(zip) as ZipEntry[];
    const liar = lieAboutSize(zip, entry as ZipEntry, 1000);
    const [lying] = listZipEntries(liar) as ZipEntry[];
    expect(lying?.declaredBytes).toBe(1000);
    const result = inflateEntry(liar, lying as ZipEntry, lying?.declaredBytes ?? 0);
    expect(result).toMatchObject({ refused: true, status: 413, code: 'zip-bomb' });
  });

  it('refuses bytes that are no zip at all', () => {
    expect(listZipEntries(text('PK not really'))).toMatchObject({
      status: 422,
      code: 'damaged-zip',
    });
  });
});

describe('checkZipEntries', () => {
  const entry = (name: string, declaredBytes = 10, compressedBytes = 10): ZipEntry => ({
    name,
    method: 8,
    encrypted: false,
    compressedBytes,
    declaredBytes,
    localHeaderOffset: 0,
  });

  it('passes an ordinary zipped Shapefile', () => {
    expect(checkZipEntries(['a.shp', 'a.shx', 'a.dbf', 'a.prj'].map((n) => entry(n)))).toBeNull();
  });

  it('refuses a bomb by the sum of declared sizes before inflating anything', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(`${i}.dbf`, 40_000_000, 40_000));
    expect(checkZipEntries(entries)).toMatchObject({ status: 413, code: 'zip-bomb' });
  });

  it('refuses an entry compressed a thousand to one', () => {
    expect(checkZipEntries([entry('a.dbf', 10_000_000, 10_000)])).toMatchObject({
      status: 413,
      code: 'zip-bomb',
    });
  });

  it('lets a small entry of blanks compress as well as it likes', () => {
    expect(checkZipEntries([entry('a.cpg', 500_000, 100)])).toBeNull();
  });

  it('refuses too many entries', () => {
    const entries = Array.from({ length: 1001 }, (_, i) => entry(`${i}.txt`));
    expect(checkZipEntries(entries)).toMatchObject({ status: 413, code: 'zip-too-many-entries' });
  });

  it('refuses a nested archive and an encrypted entry', () => {
    expect(checkZipEntries([entry('a.shp'), entry('in/b.zip')])).toMatchObject({
      status: 422,
      code: 'zip-nested',
    });
    expect(checkZipEntries([{ ...entry('a.shp'), encrypted: true }])).toMatchObject({
      code: 'zip-encrypted',
    });
  });

  it('refuses names that climb out of the folder', () => {
    for (const name of ['../etc/passwd', 'a/../../b.shp', '/abs.shp', 'C:\\x.shp', '..\\x.dbf'])
      expect(isUnsafeEntryName(name), name).toBe(true);
    for (const name of ['a.shp', 'lop/a..b.shp', 'ranh gioi/thon.dbf'])
      expect(isUnsafeEntryName(name), name).toBe(false);
    expect(checkZipEntries([entry('../a.shp')])).toMatchObject({
      status: 422,
      code: 'zip-unsafe-path',
    });
  });
});
