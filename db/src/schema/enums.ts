import { pgEnum } from 'drizzle-orm/pg-core';

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
export const inspectionResults = ['no-violation', 'violation', 'suspected', 'closed'] as const;
export const userRoles = ['leadership', 'police', 'health', 'culture', 'village', 'admin'] as const;

export const businessType = pgEnum('business_type', businessTypes);
export const businessStatus = pgEnum('business_status', businessStatuses);
export const keyAreaKind = pgEnum('key_area_kind', keyAreaKinds);
export const roadClass = pgEnum('road_class', roadClasses);
export const tipStatus = pgEnum('tip_status', tipStatuses);
export const tipChannel = pgEnum('tip_channel', tipChannels);
export const inspectionKind = pgEnum('inspection_kind', inspectionKinds);
export const inspectionResult = pgEnum('inspection_result', inspectionResults);
export const userRole = pgEnum('user_role', userRoles);
