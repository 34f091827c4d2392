import { vi } from '../i18n/vi';

// The audit log's actions and entities the catalogue names; the filter offers these. An entry
// with an action or entity not listed is still shown, under its own code.

type ActionKey = keyof typeof vi.auditAction;
type EntityKey = keyof typeof vi.auditEntity;
type FieldKey = keyof typeof vi.auditField;

export const auditActionKeys = Object.keys(vi.auditAction) as ActionKey[];
export const auditEntityKeys = Object.keys(vi.auditEntity) as EntityKey[];
/** In the catalogue's order, which is also the order the diff shows them in. */
export const auditFieldKeys = Object.keys(vi.auditField) as FieldKey[];

export const isAuditAction = (value: string): value is ActionKey =>
  Object.hasOwn(vi.auditAction, value);
export const isAuditEntity = (value: string): value is EntityKey =>
  Object.hasOwn(vi.auditEntity, value);
export const isAuditField = (value: string): value is FieldKey =>
  Object.hasOwn(vi.auditField, value);
