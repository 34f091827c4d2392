import { pgEnum } from 'drizzle-orm/pg-core';
import {
  attachmentOwners,
  businessStatuses,
  businessTypes,
  communicationAudiences,
  inspectionKinds,
  inspectionResults,
  inspectionStatuses,
  keyAreaKinds,
  onlineViolationKinds,
  planAgencyKinds,
  proposalActions,
  proposalStatuses,
  referralOutcomes,
  registryReviewOutcomes,
  reportChannels,
  reportStates,
  roadClasses,
  supportServices,
  takedownStatuses,
  tipChannels,
  tipStatuses,
  userRoles,
} from './values';

export const businessType = pgEnum('business_type', businessTypes);
export const businessStatus = pgEnum('business_status', businessStatuses);
export const keyAreaKind = pgEnum('key_area_kind', keyAreaKinds);
export const roadClass = pgEnum('road_class', roadClasses);
export const tipStatus = pgEnum('tip_status', tipStatuses);
export const tipChannel = pgEnum('tip_channel', tipChannels);
export const inspectionKind = pgEnum('inspection_kind', inspectionKinds);
export const inspectionResult = pgEnum('inspection_result', inspectionResults);
export const userRole = pgEnum('user_role', userRoles);
export const proposalAction = pgEnum('proposal_action', proposalActions);
export const proposalStatus = pgEnum('proposal_status', proposalStatuses);
export const inspectionStatus = pgEnum('inspection_status', inspectionStatuses);
export const onlineViolationKind = pgEnum('online_violation_kind', onlineViolationKinds);
export const takedownStatus = pgEnum('takedown_status', takedownStatuses);
export const attachmentOwner = pgEnum('attachment_owner', attachmentOwners);
export const registryReviewOutcome = pgEnum('registry_review_outcome', registryReviewOutcomes);
export const communicationAudience = pgEnum('communication_audience', communicationAudiences);
export const planAgencyKind = pgEnum('plan_agency_kind', planAgencyKinds);
export const reportChannel = pgEnum('report_channel', reportChannels);
export const supportService = pgEnum('support_service', supportServices);
export const referralOutcome = pgEnum('referral_outcome', referralOutcomes);
export const reportState = pgEnum('report_state', reportStates);
