import './risk.css';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geoClient } from '../api/geo-client';
import type { VillageCollection } from '../api/geo-types';
import { gridCellMeters, type HotSpotLayer, type RiskClient } from '../api/risk-client';
import { showVillageOutlines } from '../map/village-sources';
import { VillageVersionNote } from '../map/village-version-note';
import { Link } from '../router/link';
import { pagePath } from '../router/pages';
import { InlineSpinner } from '../ui/load-status';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { addDays, yearOf } from './calendar-days';
import { HotSpotControls } from './hot-spot-summary';
import { ModelCard } from './model-card';
import { RiskCard } from './risk-card';
import { RiskLegend } from './risk-legend';
import { businessSubject, type Opened } from './risk-subjects';
import { RiskTimeControls } from './risk-time-controls';
import type { RiskView } from './risk-view';
import { seasonShare } from './season-share';
import { removeSelected, showSelected } from './selected-layer';
import { TopRiskList } from './top-risk-list';
import { useFetched } from './use-fetched';
import { useRiskLayers } from './use-risk-layers';
import { ViewSwitcher } from './view-switcher';

const listed = 8;
/** Hot spots are computed over the year up to the day shown. */
const hotSpotWindowDays = 365;
const firstDay = '2020-01-01';

interface Options {
  map: MapLibreMap | null;
  client: RiskClient;
  /** Leadership and police read risk. */
  enabled: boolean;
  /** Shown from the start (leadership's main view) or on demand (police). */
  shownAtFirst: boolean;
  narrow: boolean;
  /** The village polygons, for the village choropleth (null until loaded). */
  villages: VillageCollection | null;
  /** A card opened: on a phone the panel's sheet steps aside for it. */
  onOpened?: () => void;
}

/**
 * The risk map for a chosen day: a heat map of the businesses' scores, the risk surface's cells,
 * the villages by their businesses' mean score, or the Gi* hot spots; a time slider and season
 * picker; the highest businesses listed; the model card; any business, cell or village opens
 * the factors of its score.
 */
export function useRiskMap(options: Options) {
  const { map, client, enabled, shownAtFirst, narrow, villages, onOpened } = options;
  const { t } = useTranslation();
  const [on, setOn] = useState(vietnamToday);
  const [visible, setVisible] = useState(shownAtFirst);
  const [view, setView] = useState<RiskView>('heat');
  const [hotLayer, setHotLayer] = useState<HotSpotLayer>('tips');
  const [open, setOpen] = useState<Opened | null>(null);
  const active = enabled && visible;
  // The API keeps to 2020–2035; a window reaching before 2020 starts on its first day.
  const hotFrom = [addDays(on, 1 - hotSpotWindowDays), firstDay].sort().at(-1) as string;

  const businesses = useFetched(active ? `businesses:${on}` : null, () => client.businesses(on));
  // A day other than today draws the villages as they were that day (the merger of 1 July 2025:
  // a 2024 day has the villages before it), outlines and choropleth alike.
  const pastDay = active && on !== vietnamToday();
  const dayVillages = useFetched(pastDay ? `villages:${on}` : null, () =>
    geoClient.villages(undefined, on),
  );
  const shownVillages = pastDay && dayVillages.data ? dayVillages.data : villages;
  const swapped = useRef(false);
  useEffect(() => {
    if (!map || !villages || !shownVillages) return;
    if (shownVillages !== villages) {
      swapped.current = true;
      void showVillageOutlines(map, shownVillages);
    } else if (swapped.current) {
      swapped.current = false;
      void showVillageOutlines(map, villages);
    }
  }, [map, villages, shownVillages]);
  const grid = useFetched(active && view === 'cells' ? `grid:${on}` : null, () => client.grid(on));
  const hotSpots = useFetched(active && view === 'hotspots' ? `hot:${hotLayer}:${on}` : null, () =>
    client.hotSpots(hotLayer, hotFrom, on),
  );
  const seasons = useFetched(active ? `seasons:${yearOf(on)}` : null, () =>
    client.seasons(yearOf(on)),
  );
  const loading =
    businesses.loading ||
    (view === 'cells' && grid.loading) ||
    (view === 'hotspots' && hotSpots.loading);
  // Only what the view shown needs: a failed grid says nothing about the village view.
  const failed =
    businesses.failed ||
    (view === 'cells' && grid.failed) ||
    (view === 'hotspots' && hotSpots.failed);
  const slow = useDelayedFlag(loading, 1000);

  const openSubject = useCallback(
    (opened: Opened) => {
      setOpen(opened);
      onOpened?.();
      if (!map) return;
      // The place goes to the middle of what the card leaves free (its left on a laptop, the
      // top on a phone). An offset, not padding: MapLibre keeps padding for later fits.
      const height = map.getContainer().clientHeight;
      const offset: [number, number] = narrow ? [0, -Math.round(height * 0.28)] : [-210, 0];
      map.easeTo({
        center: opened.center,
        zoom: Math.max(map.getZoom(), opened.subject.key.startsWith('v') ? 13.5 : 15),
        offset,
        duration: 500,
      });
    },
    [map, narrow, onOpened],
  );

  // Villages are whole areas already outlined; a business or a cell gets a ring.
  const ringAt = open && !open.subject.key.startsWith('v') && active ? open.center : null;
  useEffect(() => {
    if (map) showSelected(map, ringAt);
  }, [map, ringAt]);
  useEffect(
    () => () => {
      if (map?.getStyle()) removeSelected(map);
    },
    [map],
  );

  useRiskLayers({
    map,
    visible: active,
    view,
    businesses: businesses.data,
    grid: grid.data,
    hotSpots: hotSpots.data,
    villages: shownVillages,
    onOpen: openSubject,
  });

  const answer = businesses.data;
  const top = answer?.features.slice(0, listed) ?? [];
  const season = useMemo(() => seasonShare(answer), [answer]);
  const panelSection: ReactNode = enabled && (
    <section className="panel-section risk-section" aria-labelledby="risk-title-panel">
      <h2 id="risk-title-panel">{t('risk.title')}</h2>
      <label className="toggle-label tips-toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        {t('risk.show')}
      </label>
      {visible && (
        <>
          <ViewSwitcher view={view} onChange={setView} />
          {view === 'hotspots' && (
            <HotSpotControls layer={hotLayer} onLayer={setHotLayer} answer={hotSpots.data} />
          )}
          <RiskTimeControls on={on} onChange={setOn} seasons={seasons.data ?? []} />
          {answer && (
            <p className="muted risk-season">
              {answer.seasons.length > 0
                ? t('risk.seasons', { names: answer.seasons.join(', ') })
                : t('risk.noSeason')}
            </p>
          )}
          <p className="muted">{t('risk.explain')}</p>
          {slow && <InlineSpinner text={t('risk.loading')} />}
          {failed && <p className="form-error">{t('risk.failed')}</p>}
          <p className="risk-compare-link">
            <Link to={pagePath('riskCompare')}>{t('risk.compareLink')}</Link>
          </p>
          <TopRiskList top={top} onOpen={(r) => openSubject(businessSubject(r))} />
          <ModelCard client={client} />
        </>
      )}
    </section>
  );

  const mapView: ReactNode = enabled && (
    <>
      {visible && (
        <RiskLegend
          view={view}
          cellMeters={gridCellMeters}
          folded={narrow}
          season={season}
          villageNote={
            pastDay ? (
              <VillageVersionNote
                villages={shownVillages}
                className="risk-legend-note village-version-note"
              />
            ) : null
          }
        />
      )}
      {open && (
        <div className="edit-sheet review-sheet">
          <RiskCard key={open.subject.key} subject={open.subject} onClose={() => setOpen(null)} />
        </div>
      )}
    </>
  );
  return { panelSection, view: mapView };
}
