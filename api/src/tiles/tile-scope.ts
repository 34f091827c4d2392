import type { TileLayer } from '@ntm/db/queries/tiles';
import type { Role } from '../auth/access-rules';

type Viewer = { id: number; role: Role; villageId: number | null };

/**
 * Who sees the same tile: the shares of the layer's row-level security policy (baseline:
 * `businesses_read`, `tips_read`), as a short word that goes into the tile's address and its
 * cache key. Everyone a word names sees the same rows, so a tile drawn for one serves the rest;
 * a browser shared by two accounts never reads one's tile for the other's. A role the policy
 * does not name as seeing all is kept to itself (a village, or the account alone).
 */
export function tileScope(layer: TileLayer, viewer: Viewer): string {
  if (layer === 'businesses') {
    if (viewer.role === 'leadership' || viewer.role === 'police' || viewer.role === 'culture') {
      return 'all';
    }
    if (viewer.role === 'village' && viewer.villageId !== null) return `v${viewer.villageId}`;
    return `u${viewer.id}`;
  }
  // Tips: police see every tip; anyone else only the tips they took in.
  return viewer.role === 'police' ? 'all' : `u${viewer.id}`;
}
