import { bigint, integer } from 'drizzle-orm/pg-core';

/** `id integer` generated always as identity: tables that stay small (villages, users, roads). */
export function rowId() {
  return integer('id').primaryKey().generatedAlwaysAsIdentity();
}

/** `id bigint` generated always as identity: tables that grow with the work (tips, inspections). */
export function bigRowId() {
  return bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
}
