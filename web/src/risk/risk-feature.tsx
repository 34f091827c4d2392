import { riskClient } from '../api/risk-client';
import { mayCall } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useRiskMap } from './use-risk-map';

/** The risk map: leadership's main view from the start, police's on demand. */
export const riskFeature: MapFeature = {
  id: 'risk',
  allowed: (session) => mayCall(session.role, 'GET /api/risk/businesses'),
  useParts: ({ map, session, narrow, villages, closeSheet }, enabled) =>
    useRiskMap({
      map,
      client: riskClient,
      enabled,
      shownAtFirst: session.role === 'leadership',
      narrow,
      villages,
      onOpened: closeSheet,
    }),
};
