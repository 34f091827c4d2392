import { accessRules } from '@ntm/api/auth/access-rules';
import type { Role } from '../api/auth-client';
import type { DatasetKey } from '../api/use-geo-data';

// What each role may read on the map, from the API's own rule table (ARCHITECTURE.md §4). The
// API decides; this only spares a request that would be refused, and a 403 is read the same
// way (see use-geo-data.ts).

const businessRule = accessRules['GET /api/businesses'];
const readsBusinesses = (role: Role) =>
  businessRule === 'public' ||
  businessRule === 'signed-in' ||
  (businessRule?.includes(role as never) ?? false);

/** The datasets a role may load; village heads get only their own village's businesses. */
export function readableDatasets(role: Role): ReadonlySet<DatasetKey> {
  const keys = new Set<DatasetKey>(['commune', 'villages', 'keyAreas', 'roads']);
  if (readsBusinesses(role)) keys.add('businesses');
  return keys;
}

const approveRule = accessRules['POST /api/proposals/:id/approve'];
/** Police and culture review village heads' proposals. */
export function reviewsProposals(role: Role): boolean {
  return Array.isArray(approveRule) && approveRule.includes(role as never);
}
