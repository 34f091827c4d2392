import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { AppConfig } from '../api/geo-types';
import { mapColors } from '../theme/colors';
import {
  businessClusterMaxZoom,
  businessClusterRadiusPixels,
  businessesSourceId,
  communeLayers,
  communeSourceId,
  keyAreasSourceId,
  roadsSourceId,
  villageFillLayerId,
  villageLabelsSourceId,
  villagesSourceId,
} from './layers';

export const basemapSourceId = 'basemap';
export const basemapLayerId = 'basemap';
export const backgroundLayerId = 'background';

/** Centre of Nam Thanh Miện (DOMAIN.md), used until the commune's own bbox has loaded. */
export const communeCentre: [lng: number, lat: number] = [106.2409, 20.7235];
export const initialZoom = 12.5;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

function geojson(extra: Partial<Extract<SourceSpecification, { type: 'geojson' }>> = {}) {
  return { type: 'geojson', data: empty, ...extra } as const satisfies SourceSpecification;
}

/**
 * The server's own credit line when it has one, else OpenStreetMap's for OSM tiles or the host's
 * name; tiles served by the app itself need none.
 */
function attributionFor(url: string, configured: string | null | undefined): string | undefined {
  if (configured) return configured;
  if (/openstreetmap/i.test(url)) {
    return '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
  }
  try {
    return new URL(url).hostname;
  } catch {
    return undefined; // A path on this server, e.g. "/tiles/{z}/{x}/{y}.png".
  }
}

/** An XYZ template ({z}/{x}/{y}) is used as is; any other URL is taken to be TileJSON. */
function basemapSource(url: string, configured: string | null | undefined): SourceSpecification {
  const attribution = attributionFor(url, configured);
  return url.includes('{z}')
    ? {
        type: 'raster',
        tiles: [url],
        tileSize: 256,
        maxzoom: 19,
        ...(attribution && { attribution }),
      }
    : { type: 'raster', url, tileSize: 256 };
}

/**
 * The default map style needs nothing from outside the app: a background colour and the
 * commune's own GeoJSON layers, whose sources start empty and are filled as the API answers.
 * No `glyphs` URL: MapLibre then draws label text locally with TinySDF from the browser's
 * fonts, which works offline and renders Vietnamese diacritics. An online raster basemap is
 * added under everything only when the server is configured with one.
 */
export function buildStyle(
  config: Pick<AppConfig, 'basemapUrl' | 'basemapAttribution'>,
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    [communeSourceId]: geojson(),
    [villagesSourceId]: geojson({ promoteId: 'id' }),
    [villageLabelsSourceId]: geojson(),
    [keyAreasSourceId]: geojson({ promoteId: 'id' }),
    [roadsSourceId]: geojson({ promoteId: 'id' }),
    [businessesSourceId]: geojson({
      promoteId: 'id',
      cluster: true,
      clusterMaxZoom: businessClusterMaxZoom,
      clusterRadius: businessClusterRadiusPixels,
    }),
  };
  const layers: LayerSpecification[] = [
    {
      id: backgroundLayerId,
      type: 'background',
      paint: { 'background-color': mapColors.background },
    },
  ];
  if (config.basemapUrl) {
    sources[basemapSourceId] = basemapSource(config.basemapUrl, config.basemapAttribution);
    layers.push({
      id: basemapLayerId,
      type: 'raster',
      source: basemapSourceId,
      paint: { 'raster-opacity': 0.85, 'raster-saturation': -0.3 },
    });
  }
  for (const layer of communeLayers) {
    // Over a basemap the village fills are thinned so streets and houses show through.
    const thinned =
      config.basemapUrl && layer.id === villageFillLayerId && layer.type === 'fill'
        ? { ...layer, paint: { ...layer.paint, 'fill-opacity': 0.35 } }
        : layer;
    layers.push(thinned);
  }
  return {
    version: 8,
    name: 'Nam Thanh Miện (offline)',
    center: communeCentre,
    zoom: initialZoom,
    sources,
    layers,
  };
}
