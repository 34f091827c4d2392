import type { Sql } from '@ntm/db/client';
import { type LngLat, villageAt } from '@ntm/db/queries/businesses';
import { checkPointInCommune } from '@ntm/db/queries/commune';
import { ApiError, notFound } from '../lib/api-error';

const placeMessages = {
  'outside-vietnam': 'Vị trí nằm ngoài lãnh thổ Việt Nam',
  'outside-commune': 'Vị trí nằm ngoài địa giới xã',
} as const;

/** 422 when a position lies outside Vietnam or outside the commune. */
export async function assertInCommune(sql: Sql, communeCode: string, lngLat: LngLat) {
  const place = await checkPointInCommune(sql, communeCode, lngLat);
  if (!place.inside) throw new ApiError(422, place.reason, placeMessages[place.reason]);
}

export const notOwnVillage = () =>
  new ApiError(
    403,
    'outside-own-village',
    'Trưởng thôn chỉ được xem và đề xuất thay đổi cơ sở trong thôn của mình',
  );

/** 403 when a village head's position lies outside their own village (lowest id on a shared boundary). */
export async function assertOwnVillage(
  sql: Sql,
  communeCode: string,
  ownVillage: number | null,
  lngLat: LngLat,
) {
  if (ownVillage === null) return;
  if ((await villageAt(sql, communeCode, lngLat)) !== ownVillage) throw notOwnVillage();
}

/**
 * For a village head: 404 when the business does not exist, 403 when it is in another
 * village (row-level security would only hide it). Nothing for the other roles.
 */
export async function assertBusinessInOwnVillage(
  sql: Sql,
  ownVillage: number | null,
  businessId: number,
) {
  if (ownVillage === null) return;
  const [row] = await sql<[{ village: number | null }]>`
    select ntm_village_of_business(${businessId}) as village`;
  if (row.village === null) throw notFound('Cơ sở kinh doanh');
  if (row.village !== ownVillage) throw notOwnVillage();
}
