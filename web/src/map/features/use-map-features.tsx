import { Fragment, type ReactNode } from 'react';
import type { Notice } from '../../ui/notice-banner';
import type { BusinessActions } from '../interactions';
import type { MapFeature, MapFeatureContext, MapFeatureParts } from './feature';
import type { OverlayLayer } from './overlay-layer';

/** The features' parts put together, for the map page to place. */
export interface ComposedFeatures {
  panelSections: ReactNode;
  views: ReactNode;
  layers: readonly OverlayLayer[];
  notice: Notice | null;
  dismissNotices: () => void;
  businessActions: BusinessActions | undefined;
}

const defaultNoticeRank = 100;

/**
 * Runs every feature of the list (each a hook, always in the list's order) and puts their
 * parts together: panel sections and views in the list's order, the first notice by rank, the
 * popup's buttons one after another. A feature the user may not use adds nothing.
 */
export function useMapFeatures(
  features: readonly MapFeature[],
  context: MapFeatureContext,
  mapReady: boolean,
): ComposedFeatures {
  const entries = features.map((feature) => {
    const allowed = feature.allowed(context.session);
    const parts: MapFeatureParts = feature.useParts(context, allowed);
    return { feature, parts: allowed ? parts : {} };
  });

  const holders = entries.filter((e) => e.parts.holdsMap).map((e) => e.feature.id);
  const views = entries.map(({ feature, parts }) => {
    const heldByOther = holders.some((id) => id !== feature.id);
    const shown = !parts.viewAwaitsIdleMap || (mapReady && !heldByOther);
    return shown && parts.view ? <Fragment key={feature.id}>{parts.view}</Fragment> : null;
  });
  const panelSections = entries.map(({ feature, parts }) =>
    parts.panelSection ? <Fragment key={feature.id}>{parts.panelSection}</Fragment> : null,
  );

  const byRank = entries
    .map((e, index) => ({ ...e, rank: e.feature.noticeRank ?? defaultNoticeRank, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const notice = byRank.find((e) => e.parts.notice)?.parts.notice ?? null;
  const dismissers = entries.flatMap((e) => (e.parts.dismissNotice ? [e.parts.dismissNotice] : []));
  const dismissNotices = () => {
    for (const dismiss of dismissers) dismiss();
  };

  const actions = entries.flatMap(({ feature, parts }) =>
    parts.businessActions ? [{ id: feature.id, render: parts.businessActions }] : [],
  );
  const businessActions: BusinessActions = (business, close) => (
    <>
      {actions.map(({ id, render }) => (
        <Fragment key={id}>{render(business, close)}</Fragment>
      ))}
    </>
  );

  return {
    panelSections,
    views,
    layers: entries.flatMap((e) => e.parts.layers ?? []),
    notice,
    dismissNotices,
    businessActions: actions.length > 0 ? businessActions : undefined,
  };
}
