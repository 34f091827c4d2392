import { onlineViolationClient } from '../api/tip-client';
import { worksTips } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { OnlineViolationsSection } from './online-violations-section';

/** Online violations police follow up, listed in the panel. */
export const onlineViolationsFeature: MapFeature = {
  id: 'online-violations',
  allowed: (session) => worksTips(session.role),
  useParts: (_context, enabled) => ({
    panelSection: enabled && <OnlineViolationsSection client={onlineViolationClient} />,
  }),
};
