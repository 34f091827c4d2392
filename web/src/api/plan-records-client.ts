import type { InferRequestType } from 'hono/client';
import { answer, api, type Body, settle, withSignal } from './api';
import { idParam } from './id-param';

// The records behind the plan's indicators (issue #8): the plan documents, officers and their
// trainings, communication activities, the agencies' reports, and registry reviews. Every call
// resolves to a Result (see api.ts).

const activities = api['communication-activities'];
const submissions = api['report-submissions'];

export type PlanDocument = Body<(typeof api)['plan-documents']['$get']>['documents'][number];
export type Agency = Body<typeof api.agencies.$get>['agencies'][number];
export type Officer = Body<typeof api.officers.$get>['officers'][number];
export type Training = Body<typeof api.trainings.$get>['trainings'][number];
export type CommunicationActivity = Body<typeof activities.$get>['features'][number];
export type ReportSubmission = Body<typeof submissions.$get>['submissions'][number];
export type RegistryReview = Body<(typeof api.businesses)[':id']['reviews']['$post']>;

export type CreatePlanDocumentBody = InferRequestType<
  (typeof api)['plan-documents']['$post']
>['json'];
export type CreateOfficerBody = InferRequestType<typeof api.officers.$post>['json'];
export type CreateTrainingBody = InferRequestType<typeof api.trainings.$post>['json'];
export type CreateCommunicationBody = InferRequestType<typeof activities.$post>['json'];
export type UpdateCommunicationBody = InferRequestType<
  (typeof activities)[':id']['$patch']
>['json'];
export type CreateReportSubmissionBody = InferRequestType<typeof submissions.$post>['json'];
export type RegistryReviewBody = InferRequestType<
  (typeof api.businesses)[':id']['reviews']['$post']
>['json'];

const ofYear = (year: number) => ({ query: { year: String(year) } });

export const planRecordsClient = {
  planDocuments: (year: number, signal?: AbortSignal) =>
    settle(
      answer(api['plan-documents'].$get(ofYear(year), withSignal(signal))).then(
        (body) => body.documents,
      ),
    ),
  addPlanDocument: (body: CreatePlanDocumentBody) =>
    settle(answer(api['plan-documents'].$post({ json: body }))),
  agencies: (signal?: AbortSignal) =>
    settle(answer(api.agencies.$get(undefined, withSignal(signal))).then((body) => body.agencies)),
  officers: (year: number, signal?: AbortSignal) =>
    settle(answer(api.officers.$get(ofYear(year), withSignal(signal))).then((b) => b.officers)),
  addOfficer: (body: CreateOfficerBody) => settle(answer(api.officers.$post({ json: body }))),
  trainings: (year: number, signal?: AbortSignal) =>
    settle(answer(api.trainings.$get(ofYear(year), withSignal(signal))).then((b) => b.trainings)),
  addTraining: (body: CreateTrainingBody) =>
    settle(answer(api.trainings.$post({ json: body })).then((b) => b.trainings)),
  removeTraining: (trainingId: number) =>
    settle(answer(api.trainings[':id'].$delete(idParam(trainingId)))),
  communication: (year: number, signal?: AbortSignal) =>
    settle(answer(activities.$get(ofYear(year), withSignal(signal))).then((b) => b.features)),
  addCommunication: (body: CreateCommunicationBody) =>
    settle(answer(activities.$post({ json: body }))),
  updateCommunication: (activityId: number, body: UpdateCommunicationBody) =>
    settle(answer(activities[':id'].$patch({ ...idParam(activityId), json: body }))),
  removeCommunication: (activityId: number) =>
    settle(answer(activities[':id'].$delete(idParam(activityId)))),
  submissions: (year: number, signal?: AbortSignal) =>
    settle(answer(submissions.$get(ofYear(year), withSignal(signal))).then((b) => b.submissions)),
  addSubmission: (body: CreateReportSubmissionBody) =>
    settle(answer(submissions.$post({ json: body }))),
  reviewBusiness: (businessId: number, body: RegistryReviewBody) =>
    settle(answer(api.businesses[':id'].reviews.$post({ ...idParam(businessId), json: body }))),
};
