// What no answer may hold: a stack trace, PostgreSQL's own text or SQL, and personal data the
// role asking may not see (canaries.ts).
import type { Canaries } from './canaries';
import type { FuzzRole } from './route-table';

/** A Node stack frame or a source position. */
const stackTrace =
  /\n\s+at [\w$.<>[\] ]+ \(|\bat [\w$.]+ \([^)]*:\d+:\d+\)|\.(?:ts|js|mjs|cjs):\d+:\d+|node_modules\//;
/** PostgreSQL's (and postgres.js's) messages: they quote values and name tables and columns. */
const postgresText =
  /PostgresError|SQLSTATE|syntax error at or near|invalid input syntax|invalid byte sequence|unsupported Unicode escape|violates (?:check|foreign key|unique|not-null|exclusion) constraint|duplicate key value|null value in column|relation "[^"]+" does not exist|column "[^"]+" (?:does not exist|of relation)|current transaction is aborted|out of range for type|date\/time field value out of range|time zone displacement out of range|permission denied for|row-level security policy|could not (?:serialize|obtain)|stack depth limit|canceling statement/i;
/** SQL itself, as an error answer would show it (data in a 2xx may say "select" in prose). */
const sqlStatement =
  /\b(?:select\s[\s\S]{0,200}\bfrom\s+["\w]|insert\s+into\s+["\w]|update\s+["\w.]+\s+set\s|delete\s+from\s+["\w])/i;

export type Leak = { kind: 'stack' | 'sql' | 'personal-data'; what: string };

/** The leaks in one answer's text, given who asked and its status. */
export function leaksIn(text: string, status: number, role: FuzzRole, canaries: Canaries): Leak[] {
  const leaks: Leak[] = [];
  const stack = stackTrace.exec(text);
  if (stack) leaks.push({ kind: 'stack', what: stack[0] });
  const postgres = postgresText.exec(text);
  if (postgres) leaks.push({ kind: 'sql', what: postgres[0] });
  if (status >= 400) {
    const statement = sqlStatement.exec(text);
    if (statement) leaks.push({ kind: 'sql', what: statement[0].slice(0, 80) });
  }
  for (const found of canaries.foundIn(text, role)) {
    leaks.push({ kind: 'personal-data', what: found });
  }
  return leaks;
}
