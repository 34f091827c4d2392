// zod-only: safe to import from the web bundle. The bodies of the plan's record routes.
import {
  communicationAudiences,
  planAgencyKinds,
  registryReviewOutcomes,
  reportChannels,
} from '@ntm/db/schema/values';
import { firstModelYear, lastModelYear } from '@ntm/domain/clock/vietnam-day';
import { z } from 'zod';
import { pointGeometry } from './geojson';
import { isoDate, isoInstant } from './instant';

const day = isoDate;
const text = (max: number) => z.string().trim().min(1).max(max);
const positiveId = z.number().int().positive().max(2_147_483_647);

/**
 * Số và ký hiệu of an administrative document (Decree 30/2020, Appendix I): the number, an
 * optional year for legal documents, then the document kind and the issuing body's
 * abbreviation joined by hyphens, in capitals: "45/KH-UBND", "12/2026/QĐ-UBND", "07/KH-BCĐ".
 */
export const documentNumberPattern =
  /^[0-9]{1,5}(?:\/(?:19|20)[0-9]{2})?\/\p{Lu}{1,6}(?:-\p{Lu}{1,12}){1,3}$/u;

export const createPlanDocumentBody = z.strictObject({
  year: z.number().int().min(firstModelYear).max(lastModelYear),
  number: z.string().trim().regex(documentNumberPattern, 'Số, ký hiệu phải có dạng "45/KH-UBND"'),
  issuedOn: day,
  title: text(500),
  signedBy: text(120).nullable().optional(),
});
export type CreatePlanDocumentBody = z.infer<typeof createPlanDocumentBody>;

export const registryReviewBody = z.strictObject({
  reviewedOn: day.optional(),
  outcome: z.enum(registryReviewOutcomes),
  note: text(1000).nullable().optional(),
});
export type RegistryReviewBody = z.infer<typeof registryReviewBody>;

const communicationFields = {
  heldOn: day,
  title: text(300),
  placeName: text(200),
  audience: z.enum(communicationAudiences),
  reach: z.number().int().min(0).max(1_000_000),
  organiser: z.enum(planAgencyKinds),
};

/** POST: a Feature whose geometry is a Point, or null for a broadcast or an online post. */
export const createCommunicationBody = z.strictObject({
  type: z.literal('Feature'),
  geometry: pointGeometry.nullable(),
  properties: z.strictObject(communicationFields),
  id: z.unknown().optional(),
});
export type CreateCommunicationBody = z.infer<typeof createCommunicationBody>;

/** PATCH: what is sent changes; `geometry: null` takes the activity off the map. */
export const updateCommunicationBody = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: pointGeometry.nullable().optional(),
    properties: z.strictObject(communicationFields).partial().optional(),
  })
  .refine(
    (b) => b.geometry !== undefined || (b.properties && Object.keys(b.properties).length > 0),
    { message: 'Không có gì để cập nhật' },
  );
export type UpdateCommunicationBody = z.infer<typeof updateCommunicationBody>;

export const createOfficerBody = z.strictObject({
  agencyId: positiveId,
  fullName: text(120),
  position: text(120),
  active: z.boolean().optional(),
});
export const updateOfficerBody = createOfficerBody
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để cập nhật' });
export type CreateOfficerBody = z.infer<typeof createOfficerBody>;

export const createTrainingBody = z.strictObject({
  course: text(300),
  heldOn: day,
  hours: z.number().int().min(1).max(200).nullable().optional(),
  provider: text(200).nullable().optional(),
  officerIds: z
    .array(positiveId)
    .min(1)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, 'Mỗi cán bộ chỉ chọn một lần'),
});
export type CreateTrainingBody = z.infer<typeof createTrainingBody>;

export const createReportSubmissionBody = z.strictObject({
  agencyId: positiveId,
  period: z.string().max(10),
  channel: z.enum(reportChannels),
  submittedAt: isoInstant.optional(),
  note: text(500).nullable().optional(),
});
export type CreateReportSubmissionBody = z.infer<typeof createReportSubmissionBody>;
