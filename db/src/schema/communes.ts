import { boolean, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { communeCode } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { rowId } from '../columns/row-id';

/** The commune itself (xã), keyed by its administrative code (Nam Thanh Miện: 11284). */
export const communes = pgTable(
  'communes',
  {
    communeCode: text('commune_code').primaryKey(),
    name: text('name').notNull(),
    province: text('province').notNull(),
    /** True for the generated demo boundary; real boundaries are imported by the user. */
    synthetic: boolean('synthetic').notNull().default(false),
    /** The day the commune came into being (Nam Thanh Miện: 1 July 2025); reports are due from it. */
    formedOn: date('formed_on'),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
  },
  (t) => [index('communes_geom_idx').using('gist', t.geom)],
);

/** The communes merged on 1 July 2025 (Hồng Phong, Thanh Giang, Chi Lăng Bắc, Chi Lăng Nam). */
export const formerCommunes = pgTable(
  'former_communes',
  {
    // Spelled out, not `...communeRow()`: that helper's module imports this one, and the
    // call would run before it has finished loading.
    id: rowId(),
    communeCode: communeCode(),
    name: text('name').notNull(),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
  },
  (t) => [index('former_communes_geom_idx').using('gist', t.geom)],
);
