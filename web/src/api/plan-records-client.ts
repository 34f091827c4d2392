import type {
  CreateCommunicationBody,
  CreateOfficerBody,
  CreatePlanDocumentBody,
  CreateReportSubmissionBody,
  CreateTrainingBody,
  RegistryReviewBody,
  UpdateCommunicationBody,
} from '@ntm/api/schemas/plan-records';
import {
  communicationAudiences,
  planAgencyKinds,
  registryReviewOutcomes,
  reportChannels,
} from '@ntm/db/schema/values';
import { z } from 'zod';
import { call, type Result } from './admin-client';

// The records behind the plan's indicators (issue #8): the plan documents, officers and their
// trainings, communication activities, the agencies' reports, and registry reviews. Every call
// resolves to a value (see admin-client.ts); the answers are checked with zod.

const id = z.number();

const planDocumentSchema = z.object({
  id,
  year: z.number(),
  number: z.string(),
  issuedOn: z.string(),
  title: z.string(),
  signedBy: z.string().nullable(),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

const agencySchema = z.object({
  id,
  kind: z.enum(planAgencyKinds),
  name: z.string(),
  active: z.boolean(),
});
export type Agency = z.infer<typeof agencySchema>;

const officerSchema = z.object({
  id,
  fullName: z.string(),
  position: z.string(),
  agencyId: id,
  agencyName: z.string(),
  active: z.boolean(),
  trainedInYear: z.boolean(),
  lastTrainedOn: z.string().nullable(),
});
export type Officer = z.infer<typeof officerSchema>;

const trainingSchema = z.object({
  id,
  officerId: id,
  officerName: z.string(),
  agencyName: z.string(),
  course: z.string(),
  heldOn: z.string(),
  hours: z.number().nullable(),
  provider: z.string().nullable(),
});
export type Training = z.infer<typeof trainingSchema>;

const activityPropertiesSchema = z.object({
  id,
  heldOn: z.string(),
  title: z.string(),
  placeName: z.string(),
  audience: z.enum(communicationAudiences),
  reach: z.number(),
  organiser: z.enum(planAgencyKinds),
  village: id.nullable(),
  villageName: z.string().nullable(),
});
const activitySchema = z.object({
  type: z.literal('Feature'),
  id,
  geometry: z
    .object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) })
    .nullable(),
  properties: activityPropertiesSchema,
});
export type CommunicationActivity = z.infer<typeof activitySchema>;

const submissionSchema = z.object({
  id,
  agencyId: id,
  agencyName: z.string(),
  period: z.string(),
  channel: z.enum(reportChannels),
  submittedAt: z.string(),
  receivedByName: z.string().nullable(),
  note: z.string().nullable(),
});
export type ReportSubmission = z.infer<typeof submissionSchema>;

const reviewSchema = z.object({
  id,
  businessId: id,
  businessName: z.string(),
  outcome: z.enum(registryReviewOutcomes),
  reviewedOn: z.string(),
});
export type RegistryReview = z.infer<typeof reviewSchema>;

const unwrap = <T, K extends string>(result: Result<Record<K, T>>, key: K): Result<T> =>
  result.ok ? { ok: true, value: result.value[key] } : result;

export const planRecordsClient = {
  async planDocuments(year: number, signal?: AbortSignal) {
    const schema = z.object({ documents: z.array(planDocumentSchema) });
    return unwrap(await call(`/plan-documents?year=${year}`, schema, { signal }), 'documents');
  },
  addPlanDocument: (body: CreatePlanDocumentBody) =>
    call('/plan-documents', planDocumentSchema, { method: 'POST', json: body }),
  async agencies(signal?: AbortSignal) {
    const schema = z.object({ agencies: z.array(agencySchema) });
    return unwrap(await call('/agencies', schema, { signal }), 'agencies');
  },
  async officers(year: number, signal?: AbortSignal) {
    const schema = z.object({ officers: z.array(officerSchema) });
    return unwrap(await call(`/officers?year=${year}`, schema, { signal }), 'officers');
  },
  addOfficer: (body: CreateOfficerBody) =>
    call('/officers', officerSchema, { method: 'POST', json: body }),
  async trainings(year: number, signal?: AbortSignal) {
    const schema = z.object({ trainings: z.array(trainingSchema) });
    return unwrap(await call(`/trainings?year=${year}`, schema, { signal }), 'trainings');
  },
  async addTraining(body: CreateTrainingBody) {
    const schema = z.object({ trainings: z.array(trainingSchema) });
    return unwrap(await call('/trainings', schema, { method: 'POST', json: body }), 'trainings');
  },
  removeTraining: (trainingId: number) =>
    call(`/trainings/${trainingId}`, z.unknown(), { method: 'DELETE' }),
  async communication(year: number, signal?: AbortSignal) {
    const schema = z.object({ features: z.array(activitySchema) });
    return unwrap(
      await call(`/communication-activities?year=${year}`, schema, { signal }),
      'features',
    );
  },
  addCommunication: (body: CreateCommunicationBody) =>
    call('/communication-activities', activitySchema, { method: 'POST', json: body }),
  updateCommunication: (activityId: number, body: UpdateCommunicationBody) =>
    call(`/communication-activities/${activityId}`, activitySchema, {
      method: 'PATCH',
      json: body,
    }),
  removeCommunication: (activityId: number) =>
    call(`/communication-activities/${activityId}`, z.unknown(), { method: 'DELETE' }),
  async submissions(year: number, signal?: AbortSignal) {
    const schema = z.object({ submissions: z.array(submissionSchema) });
    return unwrap(
      await call(`/report-submissions?year=${year}`, schema, { signal }),
      'submissions',
    );
  },
  addSubmission: (body: CreateReportSubmissionBody) =>
    call('/report-submissions', submissionSchema, { method: 'POST', json: body }),
  reviewBusiness: (businessId: number, body: RegistryReviewBody) =>
    call(`/businesses/${businessId}/reviews`, reviewSchema, { method: 'POST', json: body }),
};
