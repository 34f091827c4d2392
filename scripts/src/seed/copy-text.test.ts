import { describe, expect, it } from 'vitest';
import { chunked, copyField, copyLine, pointEwkt } from './copy-text';

describe('COPY text encoding', () => {
  it('writes NULL as \\N and leaves plain Vietnamese text alone', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('Karaoke Hoàng Gia')).toBe('Karaoke Hoàng Gia');
    expect(copyField(42)).toBe('42');
  });

  it('escapes backslash, tab, newline and carriage return', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    // JSON with an escaped quote keeps its backslash after COPY unescapes it.
    expect(copyField(JSON.stringify({ note: 'say "hi"' }))).toBe('{"note":"say \\\\"hi\\\\""}');
  });

  it('joins fields with tabs and ends the line', () => {
    expect(copyLine(['11284', null, 3])).toBe('11284\t\\N\t3\n');
  });

  it('writes points as EWKT in [lng, lat] order', () => {
    expect(pointEwkt([106.2409, 20.7235])).toBe('SRID=4326;POINT(106.2409 20.7235)');
  });

  it('chunks lines without splitting or losing any', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${i}\n`);
    const chunks = [...chunked(lines, 100)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(lines.join(''));
  });
});
