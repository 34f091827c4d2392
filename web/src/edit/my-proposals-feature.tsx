import { proposalClient } from '../api/proposal-client';
import type { MapFeature } from '../map/features/feature';
import { useRefreshOf } from '../map/features/map-messages';
import { useMyProposals } from './use-my-proposals';

/** A village head's own proposals and their outcome; an approval reloads the businesses. */
export const myProposalsFeature: MapFeature = {
  id: 'my-proposals',
  allowed: (session) => session.role === 'village',
  useParts: ({ map, send, messages }, enabled) => {
    const mine = useMyProposals({
      map,
      client: proposalClient,
      enabled,
      onApproved: () => send({ kind: 'refresh', dataset: 'businesses' }),
    });
    useRefreshOf(messages, 'myProposals', mine.reload);
    return mine;
  },
};
