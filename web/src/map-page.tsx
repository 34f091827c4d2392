import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from './api/auth-client';
import { geoClient } from './api/geo-client';
import type { AppConfig } from './api/geo-types';
import { type DatasetKey, datasetKeys, useGeoData } from './api/use-geo-data';
import { readableDatasets } from './auth/permissions';
import type { MapFeatureContext } from './map/features/feature';
import { mapFeatures } from './map/features/feature-list';
import { createMapMessages, useMapMessage } from './map/features/map-messages';
import { useOverlayLayers } from './map/features/overlay-layer';
import { useMapFeatures } from './map/features/use-map-features';
import { allVisible } from './map/layer-visibility';
import { type FitRequest, MapView } from './map/map-view';
import { CommuneSummary } from './panel/commune-summary';
import { LayerPanel } from './panel/layer-panel';
import { Legend } from './panel/legend';
import { AppHeader } from './ui/app-header';
import { ErrorBanner } from './ui/error-banner';
import { LoadingIndicator } from './ui/loading-indicator';
import { NoticeBanner } from './ui/notice-banner';
import { useDelayedFlag } from './ui/use-delayed-flag';
import { useMediaQuery } from './ui/use-media-query';

/** Below this width the side panel becomes a bottom sheet over the map. */
const narrowQuery = '(max-width: 760px)';
/** Loads faster than this show no spinner; slower ones show their progress. */
const progressDelayMs = 1000;

interface MapPageProps {
  /** Null until GET /api/config answers; the map waits for it (its basemap is in the style). */
  config: AppConfig | null;
  session: Session;
  /** Links to the other pages (ui/app-nav.tsx) and who is signed in (auth/account-bar.tsx). */
  nav: ReactNode;
  account: ReactNode;
}

const isDataset = (name: string): name is DatasetKey => datasetKeys.some((key) => key === name);

/**
 * The commune map for a signed-in user; what it loads and highlights follows their role, and
 * what it adds (tips, risk, proposals, …) comes from the features in map/features/feature-list.ts.
 */
export function MapPage({ config, session, nav, account }: MapPageProps) {
  const { t } = useTranslation();
  const readable = useMemo(() => readableDatasets(session.role), [session.role]);
  const { state, retry, refresh } = useGeoData(geoClient, readable);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [visibility, setVisibility] = useState(allVisible);
  const [mapReady, setMapReady] = useState(false);
  const [webglFailed, setWebglFailed] = useState(false);
  const [fitRequest, setFitRequest] = useState<FitRequest | null>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const narrow = useMediaQuery(narrowQuery);
  const ownVillage = session.role === 'village' ? session.village : null;
  const closeSheet = useCallback(() => setSheetOpen(false), []);
  const [messages] = useState(createMapMessages);
  // A feature that changed the registry asks for the map's datasets again.
  useMapMessage(messages, 'refresh', ({ dataset }) => {
    if (isDataset(dataset)) refresh([dataset]);
  });
  const context: MapFeatureContext = {
    session,
    map,
    narrow,
    villages: state.villages.status === 'ready' ? state.villages.data : null,
    ownVillage: ownVillage && { id: Number(ownVillage.id), name: ownVillage.name },
    closeSheet,
    send: messages.send,
    messages,
  };
  const features = useMapFeatures(mapFeatures, context, mapReady);
  useOverlayLayers(map, features.layers);
  const notice = features.notice;

  const wanted = datasetKeys.filter((key) => state[key].status !== 'not-allowed');
  const settled = wanted.filter((key) => state[key].status !== 'loading').length;
  const failures = datasetKeys.flatMap((key) => {
    const entry = state[key];
    return entry.status === 'error' ? [{ key, error: entry.error }] : [];
  });
  const loading = !webglFailed && failures.length === 0 && (config === null || !mapReady);
  const showProgress = useDelayedFlag(loading, progressDelayMs);

  const commune = state.commune.status === 'ready' ? state.commune.data.properties : null;
  const communeName = config?.communeName ?? commune?.name ?? null;
  const fitPadding = narrow
    ? { top: 16, right: 16, bottom: 16, left: 16 }
    : { top: 32, right: 32, bottom: 32, left: 32 };
  const sheetClass = narrow ? `panel sheet${sheetOpen ? ' open' : ''}` : 'panel';

  return (
    <div className="app">
      <AppHeader
        communeName={communeName}
        province={commune?.province ?? null}
        demoData={config?.demoData ?? false}
        nav={nav}
        account={account}
      />
      <aside className={sheetClass} aria-label={t('panel.title')}>
        {narrow && (
          <button
            type="button"
            className="sheet-handle"
            aria-expanded={sheetOpen}
            aria-controls="panel-content"
            onClick={() => setSheetOpen((open) => !open)}
          >
            <span className="sheet-grip" aria-hidden="true" />
            <span>{t('panel.sheetTitle')}</span>
            <span className="visually-hidden"> ({t(sheetOpen ? 'panel.hide' : 'panel.show')})</span>
            <span className="sheet-chevron" aria-hidden="true">
              {sheetOpen ? '▾' : '▴'}
            </span>
          </button>
        )}
        <div id="panel-content" className="panel-content" inert={narrow && !sheetOpen}>
          {features.panelSections}
          <LayerPanel
            data={state}
            visibility={visibility}
            onChange={setVisibility}
            role={session.role}
          />
          <div className="fit-buttons">
            {ownVillage && (
              <button
                type="button"
                className="button button-secondary fit-button"
                disabled={state.villages.status !== 'ready'}
                onClick={() => setFitRequest({ target: 'own-village' })}
              >
                {t('panel.fitVillage', { name: ownVillage.name })}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary fit-button"
              disabled={state.commune.status !== 'ready'}
              onClick={() => setFitRequest({ target: 'commune' })}
            >
              {t('panel.fitCommune')}
            </button>
          </div>
          <Legend data={state} ownVillageName={ownVillage?.name ?? null} />
          <CommuneSummary data={state} />
        </div>
      </aside>
      <main className="map-area">
        {config && !webglFailed && (
          <MapView
            config={config}
            data={state}
            visibility={visibility}
            fitPadding={fitPadding}
            fitRequest={fitRequest}
            ownVillageId={ownVillage?.id ?? null}
            label={t('app.mapLabel', { name: communeName ?? '' })}
            businessActions={features.businessActions}
            onMap={setMap}
            onReady={() => setMapReady(true)}
            onFatalError={() => setWebglFailed(true)}
          />
        )}
        <div className="map-messages">
          {webglFailed && (
            <div className="banner banner-error" role="alert">
              {t('errors.webgl')}
            </div>
          )}
          <ErrorBanner failures={failures} onRetry={retry} />
          {showProgress && <LoadingIndicator done={settled} total={wanted.length} />}
          {notice && <NoticeBanner notice={notice} onDismiss={features.dismissNotices} />}
        </div>
        {features.views}
      </main>
    </div>
  );
}
