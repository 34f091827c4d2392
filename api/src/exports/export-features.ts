// The features of one layer export, as the layer's GET route gives them to the same account:
// the same query functions and Feature builders, row-level security inside the request's
// transaction. Tips pass through tipFeature, which has no reporter (that lives in its own table,
// read only by GET /api/tips/:id/reporter): an export never carries a tipster's identity.
import type { Sql } from '@ntm/db/client';
import { getCommuneGeoJson } from '@ntm/db/queries/commune';
import {
  areaPlaces,
  businessExportBatches,
  type ExportPlace,
  type ExportSystems,
  rowLayerExportBatches,
} from '@ntm/db/queries/exports';
import type { InspectionRow } from '@ntm/db/queries/inspections';
import { findKeyAreasGeoJson } from '@ntm/db/queries/key-areas';
import type { TipRow } from '@ntm/db/queries/tips';
import { findVillagesGeoJson } from '@ntm/db/queries/villages';
import type { DeadlineRules } from '@ntm/domain/tips/deadlines';
import { inspectionFeature } from '../inspections/inspection-json';
import { tipFeature } from '../tips/tip-json';
import type { ExportLayer } from './export-formats';

export type ExportFeature = {
  id: string | number;
  properties: Record<string, unknown>;
  place: ExportPlace;
};

export type ExportScope = {
  communeCode: string;
  systems: ExportSystems;
  /** Owner's name and phone (rolesSeeingOwners). */
  withOwner: boolean;
  /** A village head's own village: the only one whose premises they read. */
  ownVillage: number | null;
  now: Date;
  tipRules: DeadlineRules;
};

/** Rows per cursor fetch: large enough to keep round trips few, small enough to stay light. */
const batch = 2_000;

const placeOf = (row: ExportPlace): ExportPlace => ({
  exportGeometry: row.exportGeometry,
  exportWkt: row.exportWkt,
  exportLng: row.exportLng,
  exportLat: row.exportLat,
  exportEasting: row.exportEasting,
  exportNorthing: row.exportNorthing,
});

function withoutPlace<T extends ExportPlace>(row: T): Omit<T, keyof ExportPlace> {
  const {
    exportGeometry: _g,
    exportWkt: _w,
    exportLng: _x,
    exportLat: _y,
    exportEasting: _e,
    exportNorthing: _n,
    ...rest
  } = row;
  return rest;
}

type AreaCollection = {
  features: Array<{ id: string | number; properties: Record<string, unknown> }>;
};

async function* areaFeatures(
  tx: Sql,
  layer: 'villages' | 'commune' | 'key-areas',
  scope: ExportScope,
): AsyncGenerator<ExportFeature> {
  const { communeCode, systems } = scope;
  let collection: AreaCollection;
  if (layer === 'villages') collection = JSON.parse(await findVillagesGeoJson(tx, communeCode));
  else if (layer === 'key-areas')
    collection = JSON.parse(await findKeyAreasGeoJson(tx, communeCode));
  else {
    const feature = await getCommuneGeoJson(tx, communeCode);
    collection = { features: feature ? [JSON.parse(feature)] : [] };
  }
  const places = await areaPlaces(tx, layer, communeCode, systems);
  for (const f of collection.features) {
    const place = places.get(String(f.id));
    if (place) yield { id: f.id, properties: f.properties, place };
  }
}

/** The layer's features in the order its GET route lists them (by id, or by time). */
export async function* exportFeatures(
  tx: Sql,
  layer: ExportLayer,
  scope: ExportScope,
): AsyncGenerator<ExportFeature> {
  const { communeCode, systems } = scope;
  switch (layer) {
    case 'villages':
    case 'commune':
    case 'key-areas':
      yield* areaFeatures(tx, layer, scope);
      return;
    case 'businesses':
      for await (const rows of businessExportBatches(tx, {
        communeCode,
        systems,
        batch,
        withOwner: scope.withOwner,
        villageId: scope.ownVillage,
      })) {
        for (const row of rows) {
          yield {
            id: row.properties.id as number,
            properties: row.properties,
            place: placeOf(row),
          };
        }
      }
      return;
    case 'tips':
      for await (const rows of rowLayerExportBatches(tx, 'tips', { communeCode, systems, batch })) {
        for (const row of rows) {
          const tip = withoutPlace(row) as unknown as TipRow;
          tip.lngLat = tip.lngLat && (tip.lngLat.map(Number) as [number, number]);
          const feature = tipFeature(tip, scope.now, scope.tipRules);
          yield { id: feature.id, properties: feature.properties, place: placeOf(row) };
        }
      }
      return;
    case 'inspections':
      for await (const rows of rowLayerExportBatches(tx, 'inspections', {
        communeCode,
        systems,
        batch,
      })) {
        for (const row of rows) {
          const inspection = withoutPlace(row) as unknown as InspectionRow;
          inspection.lngLat = inspection.lngLat.map(Number) as [number, number];
          const feature = inspectionFeature(inspection);
          yield { id: feature.id, properties: feature.properties, place: placeOf(row) };
        }
      }
      return;
  }
}
