import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * A counter per tiled map layer that every statement writing the layer's table moves on (a
 * statement trigger, 0001_layer_versions.sql). A tile is named by the version it was drawn at, so
 * a cached tile is never served after a change, in this process or any other.
 */
export const layerVersions = pgTable('layer_versions', {
  layer: text('layer').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
