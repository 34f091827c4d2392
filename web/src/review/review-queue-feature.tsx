import { proposalClient } from '../api/proposal-client';
import { reviewsProposals } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useReviewQueue } from './use-review-queue';

/** Police and culture decide the village heads' proposals; a decision reloads the businesses. */
export const reviewQueueFeature: MapFeature = {
  id: 'review-queue',
  allowed: (session) => reviewsProposals(session.role),
  noticeRank: 20,
  useParts: ({ map, narrow, villages, send }, enabled) =>
    useReviewQueue({
      map,
      client: proposalClient,
      narrow,
      enabled,
      villages,
      onDecided: () => send({ kind: 'refresh', dataset: 'businesses' }),
    }),
};
