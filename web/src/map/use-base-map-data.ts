import { geoClient } from '../api/geo-client';
import { useFetched } from '../risk/use-fetched';
import type { BaseMapData } from './small-map';

/** The commune, its villages and its roads for a small map, each part as soon as it arrives. */
export function useBaseMapData(): BaseMapData {
  const commune = useFetched('commune', () => geoClient.commune());
  const villages = useFetched('villages', () => geoClient.villages());
  const roads = useFetched('roads', () => geoClient.roads());
  return { commune: commune.data, villages: villages.data, roads: roads.data };
}
