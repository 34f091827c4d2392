import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { communeCode } from '../columns/commune-code';

/**
 * A counter per commune and tiled map layer that every statement writing the layer's rows of
 * that commune moves on (statement triggers, 0001_layer_versions.sql). A tile is named by the
 * version it was drawn at, so a cached tile is never served after a change, in this process or
 * any other.
 */
export const layerVersions = pgTable(
  'layer_versions',
  {
    communeCode: communeCode(),
    layer: text('layer').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.communeCode, t.layer] })],
);
