import { useMemo } from 'react';
import type { Role } from '../api/auth-client';
import { geoClient } from '../api/geo-client';
import { mayCall } from '../auth/permissions';
import { useFetched } from '../risk/use-fetched';
import { namesakes, type PremisesFacts, premisesPlace } from './place-text';

/**
 * What the field pages draw around a route: villages and roads on the map, and each
 * premises' address and village, with its licence number beside a namesake at the same place
 * (only for roles that read the business list; the plan itself names the premises).
 */
export function useFieldContext(role: Role) {
  const villages = useFetched('villages', () => geoClient.villages());
  const roads = useFetched('roads', () => geoClient.roads());
  const businesses = useFetched(mayCall(role, 'GET /api/businesses') ? 'businesses' : null, () =>
    geoClient.businesses(),
  );
  const places = useMemo(() => {
    const facts = (businesses.data?.features ?? []).map((f): { id: number } & PremisesFacts => ({
      id: Number(f.id),
      name: f.properties.name,
      address: f.properties.address ?? null,
      villageName: f.properties.villageName ?? null,
      licenceNumber: f.properties.licenceNumber ?? null,
    }));
    const twins = namesakes(facts);
    return new Map(facts.map((p) => [p.id, premisesPlace(p, twins.has(p.id))] as const));
  }, [businesses.data]);
  return {
    villages: villages.data,
    roads: roads.data,
    placeOf: (businessId: number) => places.get(businessId) ?? null,
  };
}
