import { text } from 'drizzle-orm/pg-core';
import { communes } from '../schema/communes';
import { bigRowId, rowId } from './row-id';

/**
 * The commune a row belongs to: every table but `communes` carries it, for row-level security
 * and for a database that holds several communes.
 */
export function communeCode() {
  return text('commune_code')
    .notNull()
    .references(() => communes.communeCode);
}

/**
 * The two columns every table the commune owns starts with: its identity `id`, an integer for
 * tables that stay small (villages, users, roads), then `commune_code`.
 */
export function communeRow() {
  return { id: rowId(), communeCode: communeCode() };
}

/** As `communeRow()`, with a bigint `id`: tables that grow with the work (tips, inspections). */
export function bigCommuneRow() {
  return { id: bigRowId(), communeCode: communeCode() };
}
