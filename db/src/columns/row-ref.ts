import { type AnyPgColumn, bigint, integer, type ReferenceConfig } from 'drizzle-orm/pg-core';
import { users } from '../schema/users';

/** An integer column pointing at another table's `rowId()`; nullable until `.notNull()`. */
export function rowRef(name: string, target: () => AnyPgColumn) {
  return integer(name).references(target);
}

/** A bigint column pointing at another table's `bigRowId()`; nullable until `.notNull()`. */
export function bigRowRef(
  name: string,
  target: () => AnyPgColumn,
  actions?: ReferenceConfig['actions'],
) {
  return bigint(name, { mode: 'number' }).references(target, actions);
}

/** Who did something (`created_by`, `reviewed_by`, …): a user, nullable until `.notNull()`. */
export function userRef(name: string) {
  return rowRef(name, () => users.id);
}
