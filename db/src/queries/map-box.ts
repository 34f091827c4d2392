import type postgres from 'postgres';
import type { Sql } from '../client';

/** A part of the map: [west, south, east, north] in degrees (WGS 84). */
export type MapBox = readonly [west: number, south: number, east: number, north: number];

/**
 * `and <geom> && <box>`, which the geometry's GiST index answers, or nothing without a box:
 * for a list that shows only what the map shows.
 */
export const andWithinBox = (sql: Sql, geom: postgres.Fragment, box: MapBox | undefined) =>
  box
    ? sql`and ${geom} && ST_MakeEnvelope(${box[0]}, ${box[1]}, ${box[2]}, ${box[3]}, 4326)`
    : sql``;
