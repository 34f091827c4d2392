import type { Sql } from '../client';
import { geoJsonFeature } from './feature-collection';

/**
 * The properties of a business as the API gives them: the one field list. Expects `b`
 * (businesses) and `v` (its village) in scope. Without `withOwner` the owner's name and phone
 * are absent, not blanked.
 */
export const businessProperties = (sql: Sql, withOwner: boolean) => sql`
  json_build_object(
    'id', b.id,
    'name', b.name,
    'type', b.type,
    'address', b.address,
    'licensedTrade', b.licensed_trade,
    'licenceNumber', b.licence_number,
    ${withOwner ? sql`'owner', b.owner_name, 'phone', b.phone,` : sql``}
    'openingHours', b.opening_hours,
    'status', b.status,
    'reviewedAt', b.reviewed_at,
    'village', b.village_id,
    'villageName', v.name,
    'updatedAt', b.updated_at
  )`;

/**
 * The GeoJSON Feature of a business, built in SQL so a list is one query and one string.
 * Coordinates keep 7 decimals (~1 cm).
 */
export const businessFeature = (sql: Sql, withOwner: boolean) =>
  geoJsonFeature(sql, {
    id: sql`b.id`,
    geometry: sql`b.geom`,
    properties: businessProperties(sql, withOwner),
  });
