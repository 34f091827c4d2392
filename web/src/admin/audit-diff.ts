import {
  businessStatuses,
  businessTypes,
  proposalActions,
  proposalStatuses,
  userRoles,
} from '@ntm/db/schema/values';

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
  | { kind: 'role'; role: (typeof userRoles)[number] }
  | { kind: 'business-type'; value: (typeof businessTypes)[number] }
  | { kind: 'business-status'; value: (typeof businessStatuses)[number] }
  | { kind: 'proposal-action'; value: (typeof proposalActions)[number] }
  | { kind: 'proposal-status'; value: (typeof proposalStatuses)[number] }
  | { kind: 'village'; id: number }
  | { kind: 'password-reset' }
  | { kind: 'text'; text: string };

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export function shownValue(entity: string, field: string, value: unknown): ShownValue {
  if (value === undefined) return { kind: 'absent' };
  if (isHidden(value)) return { kind: 'hidden' };
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'yes-no', value };
  if (field === 'password' && value === 'reset') return { kind: 'password-reset' };
  if (field === 'role' && oneOf(userRoles, value)) return { kind: 'role', role: value };
  if (field === 'villageId' && typeof value === 'number') return { kind: 'village', id: value };
  if (entity === 'business' && field === 'type' && oneOf(businessTypes, value)) {
    return { kind: 'business-type', value };
  }
  if (entity === 'business' && field === 'status' && oneOf(businessStatuses, value)) {
    return { kind: 'business-status', value };
  }
  if (entity === 'proposal' && field === 'action' && oneOf(proposalActions, value)) {
    return { kind: 'proposal-action', value };
  }
  if (entity === 'proposal' && field === 'status' && oneOf(proposalStatuses, value)) {
    return { kind: 'proposal-status', value };
  }
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}
