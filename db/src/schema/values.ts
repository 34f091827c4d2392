// The allowed values of every enum, free of imports so the web bundle can use them too.
export const businessTypes = [
  'lodging',
  'karaoke',
  'massage',
  'short-term-rental',
  'bar-cafe',
  'other',
] as const;
export const businessStatuses = ['active', 'suspended', 'closed'] as const;
export const keyAreaKinds = [
  'border',
  'tourist',
  'traffic-route',
  'worker-housing',
  'military',
] as const;
export const roadClasses = ['national', 'provincial', 'village'] as const;
export const tipStatuses = [
  'received',
  'verified',
  'classified',
  'handled',
  'transferred',
  'unfounded',
] as const;
export const tipChannels = [
  'hotline',
  'in-person',
  'village',
  'agency',
  'social-network',
  'public-form',
] as const;
export const inspectionKinds = ['scheduled', 'surprise'] as const;
/** The agencies an inspection team's members come from (the plan's inter-agency team). */
export const teamAgencies = ['Công an xã', 'Trạm Y tế', 'Phòng VH-XH', 'Ban CHQS'] as const;
export const inspectionResults = ['no-violation', 'violation', 'suspected', 'closed'] as const;
export const userRoles = ['leadership', 'police', 'health', 'culture', 'village', 'admin'] as const;
/** What a village head may propose for a business in their village. */
export const proposalActions = ['create', 'update', 'delete'] as const;
export const proposalStatuses = ['pending', 'approved', 'rejected'] as const;
/** Tip categories (codes are Vietnamese slugs: they name Vietnamese legal notions). */
export const tipCategories = [
  'nghi-mua-ban-dam',
  'co-so-tra-hinh',
  'quang-cao-truc-tuyen',
  'moi-gioi',
  'khac',
] as const;
/** An inspection planned ahead, done and recorded, or called off. */
export const inspectionStatuses = ['scheduled', 'recorded', 'cancelled'] as const;
/** What an inspection can find (the form's list; more than one may apply). */
export const inspectionViolations = [
  'no-guest-register',
  'no-residence-notice',
  'locked-rooms',
  'over-hours',
  'unregistered-staff',
  'licence-mismatch',
  'solicitation',
  'other',
] as const;
/** What the team does about it. A fine needs its amount and decision number. */
export const inspectionMeasures = [
  'reminder',
  'commitment',
  'fine',
  'revoke-licence-proposal',
  'closure',
  'monitoring',
] as const;
export const onlineViolationKinds = ['advertising', 'brokering'] as const;
export const takedownStatuses = ['not-requested', 'requested', 'removed', 'refused'] as const;
export const attachmentOwners = ['tip', 'inspection'] as const;
/** What a registry review found: the record was right, was corrected, or the premises has closed. */
export const registryReviewOutcomes = ['confirmed', 'corrected', 'closed-found'] as const;
/** Who a communication activity reached. */
export const communicationAudiences = [
  'residents',
  'youth-students',
  'workers',
  'business-owners',
  'officers',
  'online',
] as const;
/** The agencies that carry out the plan (plan §IV), for officers and report submissions. */
export const planAgencyKinds = [
  'health',
  'police',
  'culture',
  'military',
  'office',
  'economy',
  'school',
  'public-services',
  'front',
] as const;
/** How an agency's report reached the health station (indicator g counts electronic ones). */
export const reportChannels = ['electronic', 'paper'] as const;
/** Services a support client may be connected to. */
export const supportServices = [
  'health',
  'social',
  'vocational',
  'employment',
  'legal-aid',
] as const;
export const referralOutcomes = ['pending', 'connected', 'declined', 'not-eligible'] as const;
/** The periodic report's workflow; a sent report is frozen. */
export const reportStates = ['draft', 'reviewed', 'approved', 'sent'] as const;
