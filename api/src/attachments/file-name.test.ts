import { describe, expect, it } from 'vitest';
import { cleanFileName } from './file-name';

describe('cleanFileName', () => {
  it('keeps a good name as it is', () => {
    expect(cleanFileName('ảnh quán karaoke.jpg', 'image/jpeg')).toBe('ảnh quán karaoke.jpg');
    expect(cleanFileName('IMG_0001.JPEG', 'image/jpeg')).toBe('IMG_0001.JPEG');
    expect(cleanFileName('biên bản.pdf', 'application/pdf')).toBe('biên bản.pdf');
  });

  it('drops folders, control characters and leading dots', () => {
    expect(cleanFileName('C:\\Users\\a\\photo.png', 'image/png')).toBe('photo.png');
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('.hidden\u0000\n.webp', 'image/webp')).toBe('hidden.webp');
  });

  it('ends the name with what the file really is', () => {
    expect(cleanFileName('setup.exe', 'image/jpeg')).toBe('setup.exe.jpg');
    expect(cleanFileName('', 'image/png')).toBe('tep-dinh-kem.png');
  });

  it('shortens a long name and keeps its extension', () => {
    const name = cleanFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
