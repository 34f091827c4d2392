// Rows for PostgreSQL's COPY … FROM STDIN in its default text format: tab-separated fields,
// \N for NULL, and backslash escapes for backslash, tab, newline and carriage return.

export type CopyValue = string | number | boolean | null;

const needsEscape = /[\\\t\n\r]/;

export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  const text = String(value);
  if (!needsEscape.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** One line of COPY text, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}

/** EWKT of a point, which PostGIS reads directly from COPY text. */
export function pointEwkt([lng, lat]: readonly number[]): string {
  return `SRID=4326;POINT(${lng} ${lat})`;
}

/** Joins lines into chunks of about `chunkChars` characters, so the stream writes few, large buffers. */
export function* chunked(lines: Iterable<string>, chunkChars = 1 << 18): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const line of lines) {
    buffer.push(line);
    size += line.length;
    if (size >= chunkChars) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}
