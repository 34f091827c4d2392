/**
 * Each paragraph's text of a WordprocessingML part (word/document.xml, a header), in order:
 * the runs' w:t joined, entities decoded. For reading a rendered report back in tests.
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
