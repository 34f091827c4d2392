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
import type { OpeningHours } from '../schema/businesses';
import type {
  businessStatuses,
  businessTypes,
  communicationAudiences,
  keyAreaKinds,
  planAgencyKinds,
  roadClasses,
} from '../schema/values';

// What the map's layers hold, as the SQL beside each query builds them (json_build_object in
// villages.ts, key-areas.ts, roads.ts, commune.ts, business-feature.ts). PostGIS writes the
// text and the API sends it as it came, so these types are the one statement of its shape:
// the API's routes carry them to the web's typed client.

/** GeoJSON text as PostgreSQL wrote it, marked with the value it holds. */
export type GeoJsonText<T> = string & { readonly geojsonOf?: T };
/** The same as the UTF-8 bytes PostgreSQL sent (the largest list skips a decode). */
export type GeoJsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly geojsonOf?: T };

type Areal = Polygon | MultiPolygon;

export type VillageProperties = {
  id: number;
  name: string;
  slug: string;
  formerCommune: string | null;
  population: number | null;
  areaKm2: number | null;
  /** The outline's version: first day (null: since before the app knew), end (exclusive; null: in force). */
  validFrom: string | null;
  validTo: string | null;
};

export type KeyAreaProperties = {
  id: number;
  kind: (typeof keyAreaKinds)[number];
  name: string;
  note: string | null;
};

export type RoadProperties = {
  id: number;
  class: (typeof roadClasses)[number];
  name: string | null;
};

export type BusinessProperties = {
  id: number;
  name: string;
  type: (typeof businessTypes)[number];
  address: string | null;
  licensedTrade: string | null;
  licenceNumber: string | null;
  /** Only for the roles that manage owners (absent, not blanked, for the others). */
  owner?: string | null;
  phone?: string | null;
  openingHours: OpeningHours | null;
  status: (typeof businessStatuses)[number];
  /** A calendar date "YYYY-MM-DD". */
  reviewedAt: string | null;
  village: number | null;
  villageName: string | null;
  updatedAt: string;
};

export type CommuneProperties = {
  code: string;
  name: string;
  province: string;
  areaKm2: number | null;
  bbox: [number, number, number, number];
  validFrom: string | null;
  validTo: string | null;
};

export type CommunicationProperties = {
  id: number;
  /** YYYY-MM-DD */
  heldOn: string;
  title: string;
  placeName: string;
  audience: (typeof communicationAudiences)[number];
  reach: number;
  organiser: (typeof planAgencyKinds)[number];
  village: number | null;
  villageName: string | null;
};

export type VillageFeature = Feature<Areal, VillageProperties>;
export type KeyAreaFeature = Feature<Geometry, KeyAreaProperties>;
export type RoadFeature = Feature<LineString | MultiLineString, RoadProperties>;
export type BusinessFeature = Feature<Point, BusinessProperties>;
export type CommuneFeature = Feature<Areal, CommuneProperties>;
/** Where it was held, when the organiser put it on the map. */
export type CommunicationFeature = Feature<Point | null, CommunicationProperties>;

export type VillageCollection = FeatureCollection<Areal, VillageProperties>;
export type KeyAreaCollection = FeatureCollection<Geometry, KeyAreaProperties>;
export type RoadCollection = FeatureCollection<LineString | MultiLineString, RoadProperties>;
export type BusinessCollection = FeatureCollection<Point, BusinessProperties>;
export type CommunicationCollection = FeatureCollection<Point | null, CommunicationProperties>;
