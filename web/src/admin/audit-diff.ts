import {
  formatCalendarDate,
  formatCommuneDateTime,
  formatFileSize,
  formatInteger,
} from '../i18n/format';
import { type LabelSet, labelSets, type ValueKind, valueKind } from './audit-value-kinds';

// The audit log's `diff` made readable. The API writes three shapes (api/src/routes/*.ts):
//   { after: { field: value, … } }          a creation: every value set
//   { field: [before, after], … }           an update: only what changed (lib/changed-fields.ts)
//   { field: value }                        a note: { password: 'reset' }, { locked: true }
//   { changes: { field: value, … } }        a proposal: the values it proposes
// and null when there is nothing to add (logins, deletions). Anything else is shown as it is.
// A value the reader's role may not read elsewhere comes as { hidden: true }, field name kept
// (api/src/auth/redact-audit-diff.ts).

/** `undefined` on a side means "not recorded", which reads differently from an empty value. */
type DiffRow = { field: string; before?: unknown; after?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The server's marker for a value this role may not read: `{ hidden: true }`. */
const isHidden = (value: unknown) =>
  isRecord(value) && value.hidden === true && Object.keys(value).length === 1;

/**
 * One row per field. The database keeps JSON keys in its own order (jsonb: shortest first), so
 * the rows follow `fieldOrder` instead; fields not in it come last, in the order found.
 */
export function diffRows(diff: unknown, fieldOrder: readonly string[] = []): DiffRow[] {
  if (diff === null || diff === undefined) return [];
  if (!isRecord(diff)) return [{ field: '', after: diff }];
  const rows = new Map<string, DiffRow>();
  const row = (field: string) => {
    const existing = rows.get(field);
    if (existing) return existing;
    const created: DiffRow = { field };
    rows.set(field, created);
    return created;
  };
  if (isHidden(diff)) return [{ field: '', after: diff }];
  for (const [key, value] of Object.entries(diff)) {
    if ((key === 'after' || key === 'before') && isRecord(value)) {
      for (const [field, fieldValue] of Object.entries(value)) row(field)[key] = fieldValue;
    } else if (key === 'changes' && isRecord(value) && !isHidden(value)) {
      for (const [field, fieldValue] of Object.entries(value)) row(field).after = fieldValue;
    } else if (Array.isArray(value) && value.length === 2) {
      Object.assign(row(key), { before: value[0], after: value[1] });
    } else {
      row(key).after = value;
    }
  }
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return [...rows.values()].sort((a, b) => rank(a.field) - rank(b.field));
}

/** How to show one value; the page turns each kind into Vietnamese. */
export type ShownValue =
  | { kind: 'absent' }
  | { kind: 'hidden' }
  | { kind: 'empty' }
  | { kind: 'yes-no'; value: boolean }
  /** A code the catalogue names, under `${set}.${code}`. */
  | { kind: 'label'; set: LabelSet; code: string }
  /** The id of another row: "Tin báo #12". */
  | { kind: 'ref'; entity: string; id: string }
  | { kind: 'village'; id: number }
  /** The name of a field of the entry's entity (what a support case's entry says it wrote). */
  | { kind: 'field-name'; entity: string; field: string }
  | { kind: 'vnd'; amount: number }
  | { kind: 'reporter'; given: boolean }
  | { kind: 'team'; name: string; stops: ShownValue[] }
  | { kind: 'password-reset' }
  /** Several values, read as a comma-separated list. */
  | { kind: 'list'; items: ShownValue[] }
  | { kind: 'text'; text: string };

const asText = (value: unknown): ShownValue => ({
  kind: 'text',
  text: typeof value === 'string' ? value : JSON.stringify(value),
});

const isCode = (set: LabelSet, value: unknown): value is string =>
  typeof value === 'string' && Object.hasOwn(labelSets[set], value);

/** "2026-03-05" → "05/03/2026"; an instant → its date and time in the commune. */
function shownDate(value: unknown): ShownValue {
  if (typeof value !== 'string') return asText(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'text', text: formatCalendarDate(value) };
  const at = new Date(value);
  return Number.isNaN(at.getTime())
    ? asText(value)
    : { kind: 'text', text: formatCommuneDateTime(at) };
}

/** The kinds that read a number; anything else in a number's place is shown as it is. */
const fromNumber = {
  count: (n: number): ShownValue => ({ kind: 'text', text: formatInteger(n) }),
  vnd: (n: number): ShownValue => ({ kind: 'vnd', amount: n }),
  bytes: (n: number): ShownValue => ({ kind: 'text', text: formatFileSize(n) }),
  village: (n: number): ShownValue => ({ kind: 'village', id: n }),
};

const readsNumber = (kind: string): kind is keyof typeof fromNumber =>
  Object.hasOwn(fromNumber, kind);

/** One value (not a list) as its kind reads it. */
function shownOne(entity: string, kind: ValueKind, value: unknown): ShownValue {
  const isId = typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
  if (typeof kind === 'object' && 'labels' in kind) {
    return isCode(kind.labels, value)
      ? { kind: 'label', set: kind.labels, code: value }
      : asText(value);
  }
  if (typeof kind === 'object') {
    return isId ? { kind: 'ref', entity: kind.ref, id: String(value) } : asText(value);
  }
  if (readsNumber(kind)) return typeof value === 'number' ? fromNumber[kind](value) : asText(value);
  switch (kind) {
    case 'date':
      return shownDate(value);
    case 'field-names':
      return typeof value === 'string'
        ? { kind: 'field-name', entity, field: value }
        : asText(value);
    case 'reporter':
      return value === 'given' || value === 'anonymous'
        ? { kind: 'reporter', given: value === 'given' }
        : asText(value);
    case 'teams':
      return isRecord(value) && typeof value.name === 'string' && Array.isArray(value.stops)
        ? {
            kind: 'team',
            name: value.name,
            stops: value.stops.map((stop) => shownOne(entity, { ref: 'business' }, stop)),
          }
        : asText(value);
  }
}

export function shownValue(entity: string, field: string, value: unknown): ShownValue {
  if (value === undefined) return { kind: 'absent' };
  if (isHidden(value)) return { kind: 'hidden' };
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'yes-no', value };
  if (field === 'password' && value === 'reset') return { kind: 'password-reset' };
  const kind = valueKind(entity, field);
  if (kind === undefined) return asText(value);
  if (Array.isArray(value)) {
    return value.length === 0
      ? { kind: 'empty' }
      : { kind: 'list', items: value.map((item) => shownOne(entity, kind, item)) };
  }
  return shownOne(entity, kind, value);
}
