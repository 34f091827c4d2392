import 'maplibre-gl/dist/maplibre-gl.css';
import '../map/maplibre-worker';
import type { RowVerdict } from '@ntm/api/imports/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig, CommuneFeature, VillageCollection } from '../api/geo-types';
import type { RowFeatures } from '../api/import-client';
import { useBaseLayers, useSmallMap, whenIdle } from '../map/small-map';

import { rowsBounds, showImportRows, showSelectedRow } from './import-rows.layer';
import { VerdictDot } from './verdict-dot';

interface PreviewMapProps {
  config: AppConfig;
  commune: CommuneFeature | null;
  villages: VillageCollection | null;
  rows: RowFeatures | null;
  verdict: RowVerdict | null;
  /** The row picked in the table: the camera flies there and rings it. */
  selected: { rowNumber: number; at: [number, number] } | null;
}

/**
 * The preview's map, with the main map's style and the commune outline: the file's rows
 * coloured by verdict, and a legend. `data-ready` turns true at the first idle after the rows
 * are drawn (for the end-to-end test), `data-selected` names the row flown to.
 */
export function PreviewMap({
  config,
  commune,
  villages,
  rows,
  verdict,
  selected,
}: PreviewMapProps) {
  const { t } = useTranslation();
  const { containerRef, map } = useSmallMap(config, { minZoom: 8 });
  const [ready, setReady] = useState(false);

  useBaseLayers(map, { commune, villages, roads: null });

  useEffect(() => {
    if (!map) return;
    setReady(false);
    showImportRows(map, rows, verdict);
    return whenIdle(map, () => setReady(rows !== null));
  }, [map, rows, verdict]);

  // The file's rows in view once they arrive (a file from elsewhere may lie outside the commune).
  const fitted = useRef(false);
  useEffect(() => {
    if (!map || !rows || fitted.current) return;
    fitted.current = true;
    const bounds = rowsBounds(rows);
    if (bounds) map.fitBounds(bounds, { padding: 30, duration: 0, maxZoom: 16 });
  }, [map, rows]);

  useEffect(() => {
    if (!map) return;
    showSelectedRow(map, selected?.at ?? null);
    if (selected)
      map.flyTo({ center: selected.at, zoom: Math.max(map.getZoom(), 15), duration: 600 });
  }, [map, selected]);

  return (
    <figure className="import-map-figure">
      <section
        ref={containerRef}
        className="import-map"
        aria-label={t('imports.preview.mapLabel')}
        data-ready={ready ? 'true' : 'false'}
        data-selected={selected?.rowNumber ?? ''}
      />
      <figcaption className="import-legend">
        <span className="visually-hidden">{t('imports.preview.legend')}: </span>
        {(['new', 'update', 'unchanged', 'refused'] as const).map((v) => (
          <span key={v} className="import-legend-item">
            <VerdictDot verdict={v} />
            {t(`imports.verdicts.${v}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
