import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from './api/auth-client';
import { geoClient } from './api/geo-client';
import type { AppConfig, BusinessFeature } from './api/geo-types';
import { importClient } from './api/import-client';
import { inspectionClient } from './api/inspection-client';
import { proposalClient } from './api/proposal-client';
import { riskClient } from './api/risk-client';
import { onlineViolationClient, tipClient, tipFilesClient } from './api/tip-client';
import { datasetKeys, useGeoData } from './api/use-geo-data';
import {
  mayCall,
  readableDatasets,
  reviewsProposals,
  takesTips,
  worksTips,
} from './auth/permissions';
import { useMyProposals } from './edit/use-my-proposals';
import { useUnplaced } from './edit/use-unplaced';
import { useVillageEditor } from './edit/use-village-editor';
import { useInspectionActions } from './inspections/use-inspection-actions';
import { useInspectionLayer } from './inspections/use-inspection-layer';
import { allVisible } from './map/layer-visibility';
import { type FitRequest, MapView } from './map/map-view';
import { CommuneSummary } from './panel/commune-summary';
import { LayerPanel } from './panel/layer-panel';
import { Legend } from './panel/legend';
import { useRegistryReview } from './plan-records/use-registry-review';
import { useReviewQueue } from './review/use-review-queue';
import { useRiskMap } from './risk/use-risk-map';
import { OnlineViolationsSection } from './tips/online-violations-section';
import { useMyTips } from './tips/use-my-tips';
import { useTipIntake } from './tips/use-tip-intake';
import { useTips } from './tips/use-tips';
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

/** The commune map for a signed-in user; what it loads and highlights follows their role. */
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
  const refreshBusinesses = useCallback(() => refresh(['businesses']), [refresh]);
  const mine = useMyProposals({
    map,
    client: proposalClient,
    enabled: ownVillage !== null,
    onApproved: refreshBusinesses,
  });
  const unplacedReload = useRef(() => {});
  const editor = useVillageEditor({
    map,
    villages: state.villages.status === 'ready' ? state.villages.data : null,
    ownVillage: ownVillage && { id: Number(ownVillage.id), name: ownVillage.name },
    client: proposalClient,
    placeClient: importClient,
    onProposed: () => {
      mine.reload();
      unplacedReload.current();
    },
  });
  // Premises an import named in the village without a position, placed through the editor.
  const unplaced = useUnplaced({
    client: importClient,
    villageId:
      ownVillage && mayCall(session.role, 'GET /api/businesses/unplaced')
        ? Number(ownVillage.id)
        : null,
    onPlace: (business) => {
      setSheetOpen(false);
      editor.startPlacing(business);
    },
  });
  unplacedReload.current = unplaced.reload;
  const queue = useReviewQueue({
    map,
    client: proposalClient,
    narrow,
    onDecided: refreshBusinesses,
    enabled: reviewsProposals(session.role),
    villages: state.villages.status === 'ready' ? state.villages.data : null,
  });
  const police = worksTips(session.role);
  const closeSheet = useCallback(() => setSheetOpen(false), []);
  const startIntake = useCallback(() => {
    setSheetOpen(false);
    intakeStart.current();
  }, []);
  const tips = useTips({
    map,
    client: tipClient,
    enabled: police,
    narrow,
    year: new Date().getFullYear(),
    onIntake: startIntake,
  });
  const riskMap = useRiskMap({
    map,
    client: riskClient,
    enabled: mayCall(session.role, 'GET /api/risk/businesses'),
    shownAtFirst: session.role === 'leadership',
    narrow,
    villages: state.villages.status === 'ready' ? state.villages.data : null,
    onOpened: closeSheet,
  });
  const inspections = useInspectionActions({ session });
  const registryReview = useRegistryReview({ session, onReviewed: refreshBusinesses });
  // Police and culture: record an inspection there, see its timeline, or mark it reviewed.
  const teamActions = useCallback(
    (business: BusinessFeature, close: () => void) => (
      <>
        {inspections.businessActions?.(business, close)}
        {registryReview.businessActions?.(business, close)}
      </>
    ),
    [inspections.businessActions, registryReview.businessActions],
  );
  const inspectionLayer = useInspectionLayer({
    map,
    client: inspectionClient,
    enabled: mayCall(session.role, 'GET /api/inspections'),
    onOpen: inspections.openTimeline,
  });
  const myTips = useMyTips({
    client: tipClient,
    enabled: !police && takesTips(session.role),
    onStart: startIntake,
  });
  const intake = useTipIntake({
    map,
    client: tipClient,
    filesClient: tipFilesClient,
    enabled: takesTips(session.role),
    onCreated: (tip, duplicates) =>
      police ? void tips.showCreated(tip.id, duplicates) : void myTips.reload(),
  });
  const intakeStart = useRef(intake.start);
  intakeStart.current = intake.start;
  const notice =
    editor.notice ?? queue.notice ?? intake.notice ?? tips.notice ?? registryReview.notice;

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
          {riskMap.panelSection}
          {tips.panelSection}
          {police && <OnlineViolationsSection client={onlineViolationClient} />}
          {myTips.panelSection}
          {inspections.panelSection}
          {inspectionLayer.panelPart}
          {queue.panelSection}
          {unplaced.panelSection}
          {mine.panelSection}
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
            businessActions={
              editor.businessActions ??
              (inspections.businessActions || registryReview.businessActions
                ? teamActions
                : undefined)
            }
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
          {notice && (
            <NoticeBanner
              notice={notice}
              onDismiss={() => {
                editor.dismissNotice();
                queue.dismissNotice();
                tips.dismissNotice();
                intake.dismissNotice();
                registryReview.dismissNotice();
              }}
            />
          )}
        </div>
        {mapReady && !intake.busy && editor.view}
        {queue.view}
        {tips.view}
        {riskMap.view}
        {intake.view}
        {inspections.view}
        {registryReview.view}
      </main>
    </div>
  );
}
