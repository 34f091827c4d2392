import { importRoles } from '@ntm/api/auth/access-rules';
import type { ImportKind } from '@ntm/api/imports/contract';
import type { Role } from '../api/auth-client';
import { mayCall } from '../auth/permissions';

// Which kinds of data a role imports (issue #14 point 8): police and culture keep the registry
// and the key areas, the admin the boundaries. From the API's own table (access-rules.ts), so
// the screen never offers what POST /api/imports would refuse.

/** The order the kind picker lists them in. */
const kindOrder: readonly ImportKind[] = ['registry', 'key-areas', 'villages', 'commune'];

export function importKindsFor(role: Role): ImportKind[] {
  if (!mayCall(role, 'POST /api/imports')) return [];
  return kindOrder.filter((kind) => importRoles[kind].includes(role));
}

/** Boundaries take effect from a date: a new version beside the old ones. */
export function isBoundaryKind(kind: ImportKind): boolean {
  return kind === 'villages' || kind === 'commune';
}
