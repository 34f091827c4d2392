import { accessRules } from '@ntm/api/auth/access-rules';
import type { Role } from '../api/auth-client';
import type { DatasetKey } from '../api/use-geo-data';

// What each role may read and open, from the API's own rule table (ARCHITECTURE.md §4). The
// API decides; this only spares a request that would be refused, and a 403 is read the same
// way (see use-geo-data.ts).

/**
 * Whether the API lets a role call a route, keyed as in access-rules.ts ("GET /api/users").
 * A route without a rule is refused, as the API refuses it.
 */
export function mayCall(role: Role, route: string): boolean {
  const rule = accessRules[route];
  if (rule === undefined) return false;
  return rule === 'public' || rule === 'signed-in' || rule.includes(role);
}

/** The datasets a role may load; village heads get only their own village's businesses. */
export function readableDatasets(role: Role): ReadonlySet<DatasetKey> {
  const keys = new Set<DatasetKey>(['commune', 'villages', 'keyAreas', 'roads']);
  if (mayCall(role, 'GET /api/businesses')) keys.add('businesses');
  return keys;
}

const approveRule = accessRules['POST /api/proposals/:id/approve'];
/** Police and culture review village heads' proposals. */
export function reviewsProposals(role: Role): boolean {
  return Array.isArray(approveRule) && approveRule.includes(role as never);
}

const tipStepRule = accessRules['POST /api/tips/:id/transitions'];
/** The roles that work tips through their steps (the police). */
export function worksTips(role: Role): boolean {
  return Array.isArray(tipStepRule) && tipStepRule.includes(role as never);
}

const tipIntakeRule = accessRules['POST /api/tips'];
/** The roles that take tips in (police, culture, village heads). */
export function takesTips(role: Role): boolean {
  return Array.isArray(tipIntakeRule) && tipIntakeRule.includes(role as never);
}
