/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/** A cell's text that no spreadsheet runs: a leading formula character gets an apostrophe. */
export function safeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}
