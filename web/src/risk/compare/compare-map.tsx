import 'maplibre-gl/dist/maplibre-gl.css';
import '../../map/maplibre-worker';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { AppConfig } from '../../api/geo-types';
import type { BusinessRiskAnswer, RiskGrid } from '../../api/risk-client';
import { type BaseMapData, useBaseLayers, useSmallMap, whenIdle } from '../../map/small-map';
import { showAreas } from '../choropleth-layers';
import { showRisk } from '../risk-layer';

export type CompareLayer = 'cells' | 'heat';

interface CompareMapProps {
  config: AppConfig;
  base: BaseMapData;
  layer: CompareLayer;
  businesses: BusinessRiskAnswer | null;
  grid: RiskGrid | null;
  label: string;
  /** The map once loaded, so the page can keep the two cameras together. */
  onMap: (map: MapLibreMap | null) => void;
}

/**
 * One side of the season comparison: the same style as the main map (map/style.ts), the
 * commune and its villages, and one risk layer with the same ramp. `data-ready` turns true at
 * the first idle after the risk is drawn, for a person's eye and the end-to-end test.
 */
export function CompareMap(props: CompareMapProps) {
  const { config, base, layer, businesses, grid, label } = props;
  const { containerRef, map } = useSmallMap(config, { minZoom: 9 });
  const [ready, setReady] = useState(false);
  const onMap = useRef(props.onMap);
  onMap.current = props.onMap;
  useEffect(() => {
    if (!map) return;
    onMap.current(map);
    return () => onMap.current(null);
  }, [map]);

  useBaseLayers(map, base);

  useEffect(() => {
    if (!map) return;
    setReady(false);
    if (businesses) showRisk(map, businesses.features, layer === 'heat', false);
    showAreas(map, 'cells', grid as FeatureCollection | null, layer === 'cells');
    if (!businesses) return;
    return whenIdle(map, () => setReady(true));
  }, [map, layer, businesses, grid]);

  return (
    <section
      ref={containerRef}
      className="compare-map"
      aria-label={label}
      data-ready={ready ? 'true' : 'false'}
    />
  );
}
