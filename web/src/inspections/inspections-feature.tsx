import { inspectionClient } from '../api/inspection-client';
import { mayCall } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useInspectionActions } from './use-inspection-actions';
import { useInspectionLayer } from './use-inspection-layer';

/**
 * The inspection team's part of the map (police and culture): record an inspection or see the
 * timeline from a business's popup, what the phone still has to send, and the last 90 days'
 * inspections drawn by result (a mark opens its business's timeline).
 */
export const inspectionsFeature: MapFeature = {
  id: 'inspections',
  allowed: (session) =>
    mayCall(session.role, 'GET /api/inspections') || mayCall(session.role, 'POST /api/inspections'),
  useParts: ({ session }, enabled) => {
    const actions = useInspectionActions({ session });
    const layer = useInspectionLayer({
      client: inspectionClient,
      enabled: enabled && mayCall(session.role, 'GET /api/inspections'),
      onOpen: actions.openTimeline,
    });
    return {
      panelSection: (
        <>
          {actions.panelSection}
          {layer.panelPart}
        </>
      ),
      layers: layer.layers,
      view: actions.view,
      businessActions: actions.businessActions,
    };
  },
};
