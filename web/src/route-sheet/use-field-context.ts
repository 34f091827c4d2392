import type { Role } from '../api/auth-client';
import { geoClient } from '../api/geo-client';
import { mayCall } from '../auth/permissions';
import { useFetched } from '../risk/use-fetched';
import { placeText } from './place-text';

/**
 * What the field pages draw around a route: villages and roads on the map, and each
 * premises' address and village for the sheet (only for roles that read the business list;
 * the plan itself names the premises).
 */
export function useFieldContext(role: Role) {
  const villages = useFetched('villages', () => geoClient.villages());
  const roads = useFetched('roads', () => geoClient.roads());
  const businesses = useFetched(mayCall(role, 'GET /api/businesses') ? 'businesses' : null, () =>
    geoClient.businesses(),
  );
  const places = new Map(
    (businesses.data?.features ?? []).map(
      (f) => [Number(f.id), placeText(f.properties.address, f.properties.villageName)] as const,
    ),
  );
  return {
    villages: villages.data,
    roads: roads.data,
    placeOf: (businessId: number) => places.get(businessId) ?? null,
  };
}
