import { openingHours as openingHoursSchema, weekdays } from '@ntm/api/schemas/business';
import { businessStatuses, businessTypes, keyAreaKinds, roadClasses } from '@ntm/db/schema/values';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { z } from 'zod';

// Response schemas for the GeoJSON reads. The allowed values come from the schema's one list
// (`db/src/schema/values.ts`) and the opening hours from the API's request schema, so the map
// and the database cannot drift apart; these guard the map against a response that did.

export { businessStatuses, businessTypes, keyAreaKinds, openingHoursSchema, roadClasses };
export type BusinessType = (typeof businessTypes)[number];
export type BusinessStatus = (typeof businessStatuses)[number];
export type KeyAreaKind = (typeof keyAreaKinds)[number];
export type RoadClass = (typeof roadClasses)[number];

/** Monday first, as a Vietnamese week is written (Thứ Hai … Chủ Nhật). */
export const dayKeys = weekdays;
export type DayKey = (typeof dayKeys)[number];

const id = z.union([z.number(), z.string()]);
const optionalText = z.string().nullish();

export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type TimeRange = OpeningHours[DayKey][number];

export const villagePropertiesSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  formerCommune: z.string().nullable(),
  population: z.number().nullable(),
  areaKm2: z.number().nullable(),
  /** The outline's version: first day (null: since before the app knew), end (exclusive; null: in force). */
  validFrom: z.string().nullable().optional(),
  validTo: z.string().nullable().optional(),
});
export type VillageProperties = z.infer<typeof villagePropertiesSchema>;

export const keyAreaPropertiesSchema = z.object({
  id,
  kind: z.enum(keyAreaKinds),
  name: z.string(),
  note: optionalText,
});
export type KeyAreaProperties = z.infer<typeof keyAreaPropertiesSchema>;

export const roadPropertiesSchema = z.object({
  id,
  class: z.enum(roadClasses),
  name: optionalText,
});
export type RoadProperties = z.infer<typeof roadPropertiesSchema>;

export const businessPropertiesSchema = z.object({
  id,
  name: z.string(),
  type: z.enum(businessTypes),
  address: optionalText,
  licensedTrade: optionalText,
  licenceNumber: optionalText,
  owner: optionalText,
  phone: optionalText,
  openingHours: openingHoursSchema.nullable(),
  status: z.enum(businessStatuses),
  /** A calendar date "YYYY-MM-DD" (a longer ISO timestamp is tolerated and read as its date). */
  reviewedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .nullable(),
  village: id.nullable(),
  villageName: optionalText,
});
export type BusinessProperties = z.infer<typeof businessPropertiesSchema>;

export const communePropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  province: z.string(),
  areaKm2: z.number().nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type CommuneProperties = z.infer<typeof communePropertiesSchema>;

export const appConfigSchema = z.object({
  /** An XYZ raster template (…/{z}/{x}/{y}.png) or a TileJSON URL; null for the offline map. */
  basemapUrl: z.string().nullable(),
  basemapAttribution: z.string().nullish(),
  demoData: z.boolean(),
  communeName: z.string().nullish(),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

export const healthSchema = z.object({
  status: z.string(),
  db: z.string(),
  postgis: z.string().nullish(),
});
export type Health = z.infer<typeof healthSchema>;

type Areal = Polygon | MultiPolygon;

export type VillageFeature = Feature<Areal, VillageProperties>;
export type KeyAreaFeature = Feature<Geometry, KeyAreaProperties>;
export type RoadFeature = Feature<LineString | MultiLineString, RoadProperties>;
export type BusinessFeature = Feature<Point, BusinessProperties>;
export type CommuneFeature = Feature<Areal, CommuneProperties>;

export type VillageCollection = FeatureCollection<Areal, VillageProperties>;
export type KeyAreaCollection = FeatureCollection<Geometry, KeyAreaProperties>;
export type RoadCollection = FeatureCollection<LineString | MultiLineString, RoadProperties>;
export type BusinessCollection = FeatureCollection<Point, BusinessProperties>;
