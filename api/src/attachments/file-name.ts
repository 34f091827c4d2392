import { type AttachmentMediaType, extensionOf } from './media-type';

const maxNameLength = 120;
const jpegExtensions = ['jpg', 'jpeg'];

/**
 * The name a file is kept and offered under: the sender's own name without any folder part or
 * control characters, at most 120 characters, ending in the extension of what the file really
 * is (a "photo.exe" that is a JPEG becomes "photo.exe.jpg").
 */
export function cleanFileName(raw: string, mediaType: AttachmentMediaType): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const extension = extensionOf[mediaType];
  const current = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase();
  const fits =
    current === extension || (extension === 'jpg' && jpegExtensions.includes(current ?? ''));
  const stem = (base || 'tep-dinh-kem').slice(0, maxNameLength - extension.length - 1);
  return fits && stem === base ? base : `${stem}.${extension}`;
}
