import type {
  inspectionKinds,
  inspectionMeasures,
  inspectionResults,
  inspectionStatuses,
  inspectionViolations,
} from '@ntm/db/schema/values';
import type { InferRequestType } from 'hono/client';
import { allPages, cursorQuery } from './all-pages';
import { answer, api, type Body } from './api';
import { idParam } from './id-param';

// Inspections for the inter-agency team (police and culture): the schedule, one inspection,
// records from the phone's outbox (each with its idempotency key), cancelling, a business's
// timeline.

export type InspectionKind = (typeof inspectionKinds)[number];
export type InspectionResult = (typeof inspectionResults)[number];
export type InspectionStatus = (typeof inspectionStatuses)[number];
export type InspectionViolation = (typeof inspectionViolations)[number];
export type InspectionMeasure = (typeof inspectionMeasures)[number];

const one = api.inspections[':id'];

export type Inspection = Body<typeof api.inspections.$get>['features'][number];
export type InspectionProperties = Inspection['properties'];
export type RecordInspectionBody = InferRequestType<typeof api.inspections.$post>['json'];
export type RecordScheduledBody = InferRequestType<(typeof one)['record']['$post']>['json'];
export type ScheduleInspectionBody = InferRequestType<
  typeof api.inspections.schedule.$post
>['json'];
export type TeamMember = ScheduleInspectionBody['team'][number];
type Timeline = Body<(typeof api.businesses)[':id']['timeline']['$get']>;
export type TimelineEntry = Timeline['entries'][number];

type InspectionQuery = InferRequestType<typeof api.inspections.$get>['query'];

const everyInspection = (query: InspectionQuery) =>
  allPages(
    (cursor) => answer(api.inspections.$get({ query: { ...query, ...cursorQuery(cursor) } })),
    'features',
  );

export const inspectionClient = {
  /** Every inspection the query keeps, page after page (the map's layer, the day's list). */
  list: (query: InspectionQuery = {}) => everyInspection(query),
  scheduled: () => everyInspection({ status: 'scheduled' }),
  /** A new inspection recorded at the door; the key makes a retry find the first one. */
  record: (body: RecordInspectionBody) => answer(api.inspections.$post({ json: body })),
  /** The result of a scheduled inspection. */
  recordScheduled: (id: number, body: RecordScheduledBody) =>
    answer(one.record.$post({ ...idParam(id), json: body })),
  /** One photo of a recorded inspection; sending the same bytes again answers the first row. */
  attachPhoto: (id: number, photo: File) => {
    const form = new FormData();
    form.append('files', photo, photo.name);
    return answer(one.attachments.$post(idParam(id), { init: { body: form } }));
  },
  schedule: (body: ScheduleInspectionBody) =>
    answer(api.inspections.schedule.$post({ json: body })),
  cancel: (id: number, reason: string) =>
    answer(one.cancel.$post({ ...idParam(id), json: { reason } })),
  /** The business's tips still being worked (police only), for the record to answer. */
  openTipsOf: (businessId: number) =>
    allPages(
      (cursor) =>
        answer(
          api.tips.$get({
            query: {
              business: String(businessId),
              status: 'received,verified,classified',
              ...cursorQuery(cursor),
            },
          }),
        ),
      'features',
    ),
  timeline: (businessId: number) =>
    answer(api.businesses[':id'].timeline.$get(idParam(businessId))),
};

export type InspectionClient = typeof inspectionClient;
