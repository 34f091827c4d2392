import type { ImportKind } from '@ntm/api/imports/contract';
import type { Role } from '../api/auth-client';
import { mayCall } from '../auth/permissions';

// Which kinds of data a role imports (issue #14 point 8): police and culture keep the registry
// and the key areas, the admin the boundaries. POST /api/imports lets all three in and checks
// the kind itself; this list only keeps the screen from offering what the API would refuse.

const importers: Record<ImportKind, readonly Role[]> = {
  registry: ['police', 'culture'],
  'key-areas': ['police', 'culture'],
  villages: ['admin'],
  commune: ['admin'],
};

/** The order the kind picker lists them in. */
const kindOrder: readonly ImportKind[] = ['registry', 'key-areas', 'villages', 'commune'];

export function importKindsFor(role: Role): ImportKind[] {
  if (!mayCall(role, 'POST /api/imports')) return [];
  return kindOrder.filter((kind) => importers[kind].includes(role));
}

/** Boundaries take effect from a date: a new version beside the old ones. */
export function isBoundaryKind(kind: ImportKind): boolean {
  return kind === 'villages' || kind === 'commune';
}
