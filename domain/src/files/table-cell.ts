// One spreadsheet cell (CSV, XLSX): numbers stay numbers, lists and objects become their JSON
// text, and no text may start a formula when Excel opens the file. The one guard for every
// table the app writes: layer exports, the periodic report's CSV and workbook, refused import rows.

/** Characters that make Excel (and LibreOffice) read a cell as a formula or a command. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text that would start a formula gets a leading apostrophe (OWASP "CSV injection"): Excel
 * then shows it as text. Numbers are never passed here, so -5 stays the number −5.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** A property as a cell: a number, a safe text, or empty. */
export function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return neutraliseFormula(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(JSON.stringify(value));
}
