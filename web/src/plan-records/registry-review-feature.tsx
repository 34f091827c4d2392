import { mayCall } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useRegistryReview } from './use-registry-review';

/** "Đã rà soát" in a business's popup (police and culture); the premises reload after. */
export const registryReviewFeature: MapFeature = {
  id: 'registry-review',
  allowed: (session) => mayCall(session.role, 'POST /api/businesses/:id/reviews'),
  noticeRank: 50,
  useParts: ({ session, send }) =>
    useRegistryReview({
      session,
      onReviewed: () => send({ kind: 'refresh', dataset: 'businesses' }),
    }),
};
