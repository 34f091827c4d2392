import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { VillageCollection } from '../api/geo-types';
import { formerCommuneColors } from './former-communes';
import { labelPoint } from './label-point';
import {
  villageFillColor,
  villageFillLayerId,
  villageLabelsSourceId,
  villagesSourceId,
} from './layers';

function villageLabels(villages: VillageCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const village of villages.features) {
    const at = labelPoint(village.geometry);
    if (!at) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { id: village.properties.id, name: village.properties.name },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Resolves once the source's worker holds the new data, not merely when it was handed over. */
export function setSourceData(map: MapLibreMap, id: string, data: FeatureCollection | Feature) {
  return map.getSource<GeoJSONSource>(id)?.setData(data) ?? Promise.resolve();
}

/**
 * The village outlines, fills (by former commune) and names the map draws: today's, or a past
 * day's while the risk map shows that day.
 */
export function showVillageOutlines(map: MapLibreMap, villages: VillageCollection) {
  const formerCommunes = villages.features.map((f) => f.properties.formerCommune);
  map.setPaintProperty(
    villageFillLayerId,
    'fill-color',
    villageFillColor(formerCommuneColors(formerCommunes)),
  );
  return Promise.all([
    setSourceData(map, villagesSourceId, villages),
    setSourceData(map, villageLabelsSourceId, villageLabels(villages)),
  ]);
}
