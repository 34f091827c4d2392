// Reading back what the report endpoints send: a .docx's text, paragraph by paragraph.
import { paragraphTexts } from '@ntm/domain/reports/docx/paragraph-texts';
import { strFromU8, unzipSync } from 'fflate';

/** The parts of an Office file (a zip) as text, by name. */
export function officeParts(bytes: ArrayBuffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The paragraphs of a .docx body (and its headers), as plain text. */
export function docxParagraphs(bytes: ArrayBuffer): string[] {
  const parts = officeParts(bytes);
  const xml = Object.entries(parts)
    .filter(([name]) => /^word\/(document|header\d+)\.xml$/.test(name))
    .map(([, text]) => text)
    .join('');
  return paragraphTexts(xml).filter((p) => p.length > 0);
}
