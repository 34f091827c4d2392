import { pgEnum } from 'drizzle-orm/pg-core';
import {
  attachmentOwners,
  businessStatuses,
  businessTypes,
  inspectionKinds,
  inspectionResults,
  inspectionStatuses,
  keyAreaKinds,
  onlineViolationKinds,
  proposalActions,
  proposalStatuses,
  roadClasses,
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
