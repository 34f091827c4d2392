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

// Stand-in for the API's own zod-only schemas: once `api` exports them (and its AppType), import
// those instead and delete the copies here. Until then these mirror the fixed HTTP contract in
// ARCHITECTURE.md §3 and guard the map against a response that drifted from it.

export const businessTypes = [
  'lodging',
  'karaoke',
  'massage',
  'short-term-rental',
  'bar-cafe',
  'other',
] as const;
export type BusinessType = (typeof businessTypes)[number];

export const businessStatuses = ['active', 'suspended', 'closed'] as const;
export type BusinessStatus = (typeof businessStatuses)[number];

export const keyAreaKinds = [
  'border',
  'tourist',
  'traffic-route',
  'worker-housing',
  'military',
] as const;
export type KeyAreaKind = (typeof keyAreaKinds)[number];

export const roadClasses = ['national', 'provincial', 'village'] as const;
export type RoadClass = (typeof roadClasses)[number];

/** Monday first, as a Vietnamese week is written (Thứ Hai … Chủ Nhật). */
export const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof dayKeys)[number];

const id = z.union([z.number(), z.string()]);
const optionalText = z.string().nullish();

/** "HH:MM", 00:00–24:00; "24:00" only makes sense as a closing time. */
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const timeRange = z.tuple([clockTime, clockTime]);
const daySchedule = z.array(timeRange);

/**
 * A close before its open runs past midnight into the next day; [["00:00","24:00"]] is all day;
 * [] is closed that day.
 */
export const openingHoursSchema = z.object({
  mon: daySchedule,
  tue: daySchedule,
  wed: daySchedule,
  thu: daySchedule,
  fri: daySchedule,
  sat: daySchedule,
  sun: daySchedule,
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type TimeRange = z.infer<typeof timeRange>;

export const villagePropertiesSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  formerCommune: z.string().nullable(),
  population: z.number().nullable(),
  areaKm2: z.number().nullable(),
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
