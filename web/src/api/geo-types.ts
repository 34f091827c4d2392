import { weekdays } from '@ntm/api/schemas/business';
import type {
  BusinessProperties,
  CommuneProperties,
  KeyAreaProperties,
  RoadProperties,
  VillageProperties,
} from '@ntm/db/queries/geojson-layers';
import type { OpeningHours } from '@ntm/db/schema/businesses';
import { businessStatuses, businessTypes, keyAreaKinds, roadClasses } from '@ntm/db/schema/values';
import type { api, Body } from './api';

// The map's layers as the API answers them (their shape is stated once, beside the SQL that
// builds them: db/src/queries/geojson-layers.ts) and the allowed values from the schema's one
// list (db/src/schema/values.ts).

export { businessStatuses, businessTypes, keyAreaKinds, roadClasses };
export type BusinessType = (typeof businessTypes)[number];
export type BusinessStatus = (typeof businessStatuses)[number];
export type KeyAreaKind = (typeof keyAreaKinds)[number];
export type RoadClass = (typeof roadClasses)[number];

/** Monday first, as a Vietnamese week is written (Thứ Hai … Chủ Nhật). */
export const dayKeys = weekdays;
export type DayKey = (typeof dayKeys)[number];
export type { OpeningHours };
export type TimeRange = OpeningHours[DayKey][number];

export type {
  BusinessProperties,
  CommuneProperties,
  KeyAreaProperties,
  RoadProperties,
  VillageProperties,
};

/** GET /api/config (the commune's code is the server's business; the page has no use for it). */
export type AppConfig = Omit<Body<typeof api.config.$get>, 'communeCode'>;
/** What a map's style needs of the settings. */
export type BasemapConfig = Pick<AppConfig, 'basemapUrl' | 'basemapAttribution'>;
export type Health = Body<typeof api.health.$get>;
export type CommuneFeature = Body<typeof api.commune.$get>;
export type VillageCollection = Body<typeof api.villages.$get>;
export type KeyAreaCollection = Body<(typeof api)['key-areas']['$get']>;
export type RoadCollection = Body<typeof api.roads.$get>;
export type BusinessCollection = Body<typeof api.businesses.$get>;

export type VillageFeature = VillageCollection['features'][number];
export type KeyAreaFeature = KeyAreaCollection['features'][number];
export type RoadFeature = RoadCollection['features'][number];
export type BusinessFeature = BusinessCollection['features'][number];
