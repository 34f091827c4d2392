import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VillageCollection } from '../api/geo-types';
import type { BusinessRiskAnswer, HotSpots, RiskGrid } from '../api/risk-client';
import { labelPoint } from '../map/label-point';
import { addOverlayClick } from '../map/overlay-clicks';
import {
  removeAreas,
  riskCellFillLayerId,
  showAreas,
  villageRiskFillLayerId,
} from './choropleth-layers';
import { focusOnRisk } from './risk-focus';
import { removeRisk, riskPointLayerId, showRisk } from './risk-layer';
import { businessSubject, cellSubject, type Opened, villageSubject } from './risk-subjects';
import type { RiskView } from './risk-view';
import { villageRiskFeatures } from './village-risk';

interface Options {
  map: MapLibreMap | null;
  /** False hides every risk layer (the section's "show" box unticked). */
  visible: boolean;
  view: RiskView;
  businesses: BusinessRiskAnswer | null;
  grid: RiskGrid | null;
  hotSpots: HotSpots | null;
  villages: VillageCollection | null;
  onOpen: (opened: Opened) => void;
}

/** Wires the loaded risk to the map: one view's layers shown, its features opening their card. */
export function useRiskLayers(options: Options) {
  const { map, visible, view, businesses, grid, hotSpots, villages, onOpen } = options;
  const { t } = useTranslation();
  const villageAreas = useMemo(
    () => (villages && businesses ? villageRiskFeatures(villages, businesses.features) : null),
    [villages, businesses],
  );

  useEffect(() => {
    if (map) focusOnRisk(map, visible);
  }, [map, visible]);
  useEffect(() => {
    if (map && businesses) showRisk(map, businesses.features, visible && view === 'heat');
  }, [map, businesses, visible, view]);
  useEffect(() => {
    if (map) showAreas(map, 'cells', grid, visible && view === 'cells');
  }, [map, grid, visible, view]);
  useEffect(() => {
    if (map) showAreas(map, 'villages', villageAreas, visible && view === 'villages');
  }, [map, villageAreas, visible, view]);
  useEffect(() => {
    if (map) showAreas(map, 'hotspots', hotSpots, visible && view === 'hotspots');
  }, [map, hotSpots, visible, view]);
  useEffect(
    () => () => {
      if (!map?.getStyle()) return;
      focusOnRisk(map, false);
      removeRisk(map);
      removeAreas(map);
    },
    [map],
  );

  useEffect(() => {
    if (!map || !visible) return;
    const layers = {
      heat: [riskPointLayerId],
      cells: [riskCellFillLayerId],
      villages: [villageRiskFillLayerId],
      hotspots: [],
    }[view];
    if (layers.length === 0) return;
    return addOverlayClick(map, {
      layers,
      onClick: (f) => {
        if (view === 'heat') {
          const risk = businesses?.features.find((r) => r.id === Number(f.properties.id));
          if (risk) onOpen(businessSubject(risk));
        } else if (view === 'cells') {
          const cell = grid?.features.find((c) => c.properties.cell === f.properties.cell);
          if (cell && grid) onOpen(cellSubject(cell.properties, cell.geometry, grid.cellMeters, t));
        } else if (view === 'villages' && villageAreas && businesses) {
          const village = villageAreas.features.find(
            (v) => String(v.properties.id) === String(f.properties.id),
          );
          if (!village) return;
          const centre = labelPoint(village.geometry);
          if (!centre) return;
          onOpen(
            villageSubject(village.properties, centre as [number, number], businesses.features, t),
          );
        }
      },
    });
  }, [map, visible, view, businesses, grid, villageAreas, onOpen, t]);
}
