import { importClient } from '../api/import-client';
import { mayCall } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useRefreshOf } from '../map/features/map-messages';
import { useUnplaced } from './use-unplaced';

/** A village head's premises to place ("Cần đặt lên bản đồ"); placing one goes to the editor. */
export const unplacedFeature: MapFeature = {
  id: 'unplaced',
  allowed: (session) =>
    session.role === 'village' && mayCall(session.role, 'GET /api/businesses/unplaced'),
  useParts: ({ ownVillage, closeSheet, send, messages }, enabled) => {
    const unplaced = useUnplaced({
      client: importClient,
      villageId: enabled && ownVillage ? ownVillage.id : null,
      onPlace: (business) => {
        closeSheet();
        send({ kind: 'placeUnplaced', business });
      },
    });
    useRefreshOf(messages, 'unplaced', unplaced.reload);
    return unplaced;
  },
};
