import type { Role } from './access-rules';
import { auditFieldRules, mayReadField } from './audit-field-rules';

/** What the trail shows in place of a value the reading role may not read elsewhere. */
export const hiddenValue = { hidden: true } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A change's [before, after] pair stays a pair, so the screen shows both sides hidden. */
const hide = (value: unknown) =>
  Array.isArray(value) && value.length === 2 ? [hiddenValue, hiddenValue] : hiddenValue;

/** Whether the entity's route gives `role` this row at all (an import: by its kind). */
function rowReadable(entity: string, diff: Record<string, unknown>, role: Role): boolean {
  const rowsBy = auditFieldRules[entity]?.rowsBy;
  if (!rowsBy) return true;
  const value = diff[rowsBy.field];
  const readers =
    typeof value === 'string' && Object.hasOwn(rowsBy.readers, value)
      ? rowsBy.readers[value]
      : undefined;
  return readers?.includes(role) ?? false;
}

/** Each field of a record (`after`, `before`, `changes`): values, never pairs, so one marker. */
const eachField = (fields: Record<string, unknown>, shown: (field: string) => boolean) =>
  Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [field, shown(field) ? value : hiddenValue]),
  );

/**
 * An audit entry's diff as `role` may read it (issue #16): every field name stays, a value
 * only when the role reads that field through the entity's own GET route (audit-field-rules.ts),
 * else `{ hidden: true }`. Unknown entities, fields and shapes are hidden. The stored row is
 * never changed: the hash chain covers what was written.
 *
 * The shapes the API writes: `{ after: {…} }` / `{ before: {…} }` (records), `{ field: [before,
 * after] }` (changes), `{ field: value }` (notes), and a container of another entity's fields
 * (`{ changes: {…} }` of a proposal).
 */
export function redactAuditDiff(entity: string, diff: unknown, role: Role): unknown {
  if (diff === null || diff === undefined) return null;
  if (!isRecord(diff)) return hide(diff);
  const row = rowReadable(entity, diff, role);
  const shown = (field: string) => row && mayReadField(entity, field, role);
  const rules = auditFieldRules[entity]?.fields ?? {};
  return Object.fromEntries(
    Object.entries(diff).map(([key, value]) => {
      if ((key === 'after' || key === 'before') && isRecord(value)) {
        return [key, eachField(value, shown)];
      }
      const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
      if (typeof rule === 'object' && 'fieldsOf' in rule && isRecord(value)) {
        const other = rule.fieldsOf;
        return [key, eachField(value, (f) => shown(key) && mayReadField(other, f, role))];
      }
      return [key, shown(key) ? value : hide(value)];
    }),
  );
}
