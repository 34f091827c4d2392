/**
 * For tests of rendered markup: the words a reader gets from static HTML, with tags out, entities
 * back and runs of blanks (not no-break spaces, which the app writes on purpose) as one.
 */
export const shownText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \n\t]+/g, ' ');
