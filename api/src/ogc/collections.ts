// The collections /ogc serves: the map's layers, each open to the roles its own GET route is
// open to (access-rules.ts), with the same fields and the same row-level security. Tips carry no
// reporter field here or anywhere else: the reporter lives in its own police-only table.
import {
  businessStatuses,
  businessTypes,
  inspectionKinds,
  inspectionResults,
  inspectionStatuses,
  keyAreaKinds,
  tipCategories,
  tipChannels,
  tipStatuses,
} from '@ntm/db/schema/values';
import { accessRules, type Role, ruleAllows } from '../auth/access-rules';
import type { PropertyFilter } from './items-params';

export const collectionIds = [
  'villages',
  'key-areas',
  'businesses',
  'tips',
  'inspections',
] as const;
export type CollectionId = (typeof collectionIds)[number];

export type OgcCollection = {
  id: CollectionId;
  title: string;
  description: string;
  /** The layer's own GET route: its access rule says who reads the collection. */
  route: string;
  /** The property that dates a feature, for `datetime`; none for layers without a time. */
  temporal: string | null;
  filters: readonly PropertyFilter[];
};

/** Filters on properties that take one of a list of values: name → the values. */
const choices = (lists: Record<string, readonly string[]>): PropertyFilter[] =>
  Object.entries(lists).map(([name, values]) => ({ name, values }));

export const ogcCollections: readonly OgcCollection[] = [
  {
    id: 'villages',
    title: 'Thôn',
    description: 'Ranh giới các thôn của xã đang có hiệu lực hôm nay.',
    route: 'GET /api/villages',
    temporal: null,
    filters: [],
  },
  {
    id: 'key-areas',
    title: 'Địa bàn trọng điểm',
    description: 'Khu vực biên giới, du lịch, tuyến giao thông, khu nhà trọ công nhân, quân sự.',
    route: 'GET /api/key-areas',
    temporal: null,
    filters: choices({ kind: keyAreaKinds }),
  },
  {
    id: 'businesses',
    title: 'Cơ sở kinh doanh dịch vụ nhạy cảm',
    description:
      'Cơ sở lưu trú, karaoke, xoa bóp, cho thuê ngắn ngày, quán bar – cà phê; chủ cơ sở và số điện thoại chỉ với vai trò được xem.',
    route: 'GET /api/businesses',
    temporal: null,
    filters: [
      ...choices({ type: businessTypes, status: businessStatuses }),
      { name: 'village', integer: true },
    ],
  },
  {
    id: 'tips',
    title: 'Tin báo',
    description: 'Tin báo và trạng thái xử lý; không bao giờ có thông tin người báo tin.',
    route: 'GET /api/tips',
    temporal: 'receivedAt',
    filters: choices({ status: tipStatuses, channel: tipChannels, category: tipCategories }),
  },
  {
    id: 'inspections',
    title: 'Kiểm tra',
    description: 'Các cuộc kiểm tra đã lên lịch và đã ghi nhận, với kết quả.',
    route: 'GET /api/inspections',
    temporal: 'startedAt',
    filters: choices({
      kind: inspectionKinds,
      result: inspectionResults,
      status: inspectionStatuses,
    }),
  },
];

/** Whether `role` reads the collection: the same rule as the layer's own route. */
export function mayRead(collection: OgcCollection, role: Role): boolean {
  return ruleAllows(accessRules[collection.route], role);
}

/** The collections `role` reads, in catalogue order. */
export const collectionsFor = (role: Role) => ogcCollections.filter((c) => mayRead(c, role));

export const findCollection = (id: string) => ogcCollections.find((c) => c.id === id);
