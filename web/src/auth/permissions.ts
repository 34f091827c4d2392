import type { Role } from '../api/auth-client';
import type { DatasetKey } from '../api/use-geo-data';

// What each role may read on the map (ARCHITECTURE.md §4). The API decides; this only spares a
// request that would be refused, and a 403 is read the same way (see use-geo-data.ts).

const businessReaders: ReadonlySet<Role> = new Set(['leadership', 'police', 'culture', 'village']);

/** The datasets a role may load; village heads get only their own village's businesses. */
export function readableDatasets(role: Role): ReadonlySet<DatasetKey> {
  const keys = new Set<DatasetKey>(['commune', 'villages', 'keyAreas', 'roads']);
  if (businessReaders.has(role)) keys.add('businesses');
  return keys;
}
