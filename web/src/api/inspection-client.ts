import type {
  RecordInspectionBody,
  RecordScheduledBody,
  ScheduleInspectionBody,
  TeamMember,
} from '@ntm/api/schemas/inspection';
import type {
  inspectionKinds,
  inspectionMeasures,
  inspectionResults,
  inspectionStatuses,
  inspectionViolations,
} from '@ntm/db/schema/values';
import type { Point } from 'geojson';
import { send } from './send';
import type { Tip } from './tip-client';

// Inspections for the inter-agency team (police and culture): the schedule, one inspection,
// records from the phone's outbox (each with its idempotency key), cancelling, a business's
// timeline.

export type InspectionKind = (typeof inspectionKinds)[number];
export type InspectionResult = (typeof inspectionResults)[number];
export type InspectionStatus = (typeof inspectionStatuses)[number];
export type InspectionViolation = (typeof inspectionViolations)[number];
export type InspectionMeasure = (typeof inspectionMeasures)[number];
export type { RecordInspectionBody, RecordScheduledBody, TeamMember };

export interface InspectionProperties {
  id: number;
  businessId: number;
  businessName: string | null;
  kind: InspectionKind;
  status: InspectionStatus;
  startedAt: string;
  arrivedAt: string | null;
  team: TeamMember[];
  result: InspectionResult | null;
  findings: string | null;
  peoplePresent: string[];
  /** Codes; seeded (older) records may hold free text instead. */
  violations: string[];
  measures: string[];
  fineVnd: number | null;
  fineDecisionNumber: string | null;
  followUpOn: string | null;
  recordedBy: { id: number; displayName: string } | null;
  tipIds: number[];
}

export interface Inspection {
  type: 'Feature';
  id: number;
  geometry: Point;
  properties: InspectionProperties;
}

export type TimelineEntry =
  | { kind: 'tip'; id: number; at: string; status: string; category: string; description: string }
  | {
      kind: 'inspection';
      id: number;
      at: string;
      status: InspectionStatus;
      inspectionKind: InspectionKind;
      result: InspectionResult | null;
      measures: string[];
      fineVnd: number | null;
    };

export const inspectionClient = {
  list: (query = '') =>
    send<{ features: Inspection[] }>('GET', `/inspections${query ? `?${query}` : ''}`),
  scheduled: () => send<{ features: Inspection[] }>('GET', '/inspections?status=scheduled'),
  /** A new inspection recorded at the door; the key makes a retry find the first one. */
  record: (body: RecordInspectionBody) => send<Inspection>('POST', '/inspections', body),
  /** The result of a scheduled inspection. */
  recordScheduled: (id: number, body: RecordScheduledBody) =>
    send<Inspection>('POST', `/inspections/${id}/record`, body),
  /** One photo of a recorded inspection; sending the same bytes again answers the first row. */
  attachPhoto: (id: number, photo: File) => {
    const form = new FormData();
    form.append('files', photo, photo.name);
    return send<{ attachments: { id: number }[] }>('POST', `/inspections/${id}/attachments`, form);
  },
  schedule: (body: ScheduleInspectionBody) =>
    send<Inspection>('POST', '/inspections/schedule', body),
  cancel: (id: number, reason: string) =>
    send<Inspection>('POST', `/inspections/${id}/cancel`, { reason }),
  /** The business's tips still being worked (police only), for the record to answer. */
  openTipsOf: (businessId: number) =>
    send<{ features: Tip[] }>(
      'GET',
      `/tips?business=${businessId}&status=received,verified,classified`,
    ),
  timeline: (businessId: number) =>
    send<{ business: { id: number; name: string }; entries: TimelineEntry[] }>(
      'GET',
      `/businesses/${businessId}/timeline`,
    ),
};

export type InspectionClient = typeof inspectionClient;
