import { vi } from '../i18n/vi';

// The audit log's actions, entities and fields the catalogue names; the filter offers the
// actions and entities. An entry with an action, entity or field not listed is still shown,
// under its own code.

type ActionKey = keyof typeof vi.auditAction;
type EntityKey = keyof typeof vi.auditEntity;
type FieldKey = keyof typeof vi.auditField;
type EntityWithOwnNames = keyof typeof vi.auditFieldOf;

export const auditActionKeys = Object.keys(vi.auditAction) as ActionKey[];
export const auditEntityKeys = Object.keys(vi.auditEntity) as EntityKey[];
/** In the catalogue's order, which is also the order the diff shows them in. */
export const auditFieldKeys = Object.keys(vi.auditField) as FieldKey[];

export const isAuditAction = (value: string): value is ActionKey =>
  Object.hasOwn(vi.auditAction, value);
export const isAuditEntity = (value: string): value is EntityKey =>
  Object.hasOwn(vi.auditEntity, value);

/**
 * The catalogue key naming `field` of `entity`: the entity's own name for it when the common
 * one would mislead (an inspection's `kind` is its form, an import's the data it brings), else
 * the common name; null when the catalogue has neither.
 */
export function auditFieldKey(entity: string, field: string) {
  if (Object.hasOwn(vi.auditFieldOf, entity)) {
    const own: Record<string, string> = vi.auditFieldOf[entity as EntityWithOwnNames];
    if (Object.hasOwn(own, field)) return `auditFieldOf.${entity}.${field}` as const;
  }
  return Object.hasOwn(vi.auditField, field) ? (`auditField.${field as FieldKey}` as const) : null;
}
