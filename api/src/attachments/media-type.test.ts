import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './media-type';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('sniffMediaType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(sniffMediaType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMediaType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses a Windows program whatever it is called', () => {
    expect(sniffMediaType(bytes('MZ', [0x90, 0, 3, 0, 0, 0]))).toBeNull();
  });

  it('refuses other RIFF files, HTML, SVG, empty and truncated files', () => {
    expect(sniffMediaType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull();
    expect(sniffMediaType(bytes('<html><body>'))).toBeNull();
    expect(sniffMediaType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffMediaType(new Uint8Array())).toBeNull();
    expect(sniffMediaType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffMediaType(bytes('RIFF', [1, 2]))).toBeNull();
  });

  it('refuses a PDF signature that does not open the file', () => {
    expect(sniffMediaType(bytes('junk %PDF-1.4'))).toBeNull();
  });
});
