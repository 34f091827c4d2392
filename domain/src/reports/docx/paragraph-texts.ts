/**
 * The text of each paragraph of WordprocessingML (`word/document.xml`, a header part), in
 * order: its runs' `w:t` joined, the entities decoded. For reading a rendered document back.
 */
export function paragraphTexts(xml: string): string[] {
  return xml.split('</w:p>').map((p) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}
