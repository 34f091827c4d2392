import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ReactNode } from 'react';
import type { Session } from '../../api/auth-client';
import type { VillageCollection } from '../../api/geo-types';
import type { Notice } from '../../ui/notice-banner';
import type { BusinessActions } from '../interactions';
import type { MapMessage, MapMessages } from './map-messages';
import type { OverlayLayer } from './overlay-layer';

/**
 * A feature of the commune map (tips, risk, proposals, inspections, …): one module that says
 * who may use it and what it adds to the page. `map-page.tsx` renders the features of
 * `feature-list.ts` in their order; adding one touches its module and the list.
 *
 * Features never reach into each other: what one must tell another (a tip was taken in, the
 * businesses changed) goes through the context's messages.
 */
export interface MapFeature {
  /** A short name, unique in the list (React keys, tests). */
  id: string;
  /** Who may use it, from their role and permissions; for the others it adds nothing. */
  allowed: (session: Session) => boolean;
  /**
   * Whose notice shows when several have one: the lowest rank first (default 100). A feature
   * the user acts on directly ranks before one that greets them on opening the map.
   */
  noticeRank?: number;
  /**
   * A React hook, called on every render of the map page in the list's order (the list is
   * fixed, so the hooks' order is too): the feature's state, and its parts as they are now.
   * `enabled` is `allowed(context.session)`; a feature that is off keeps its hooks and adds nothing.
   */
  useParts: (context: MapFeatureContext, enabled: boolean) => MapFeatureParts;
}

/** What a feature adds to the map page; every part is optional. */
export interface MapFeatureParts {
  /** A section of the side panel (the bottom sheet on a phone), in the list's order. */
  panelSection?: ReactNode;
  /** Layers drawn over the base map, with their data; drawn while declared, removed after. */
  layers?: readonly OverlayLayer[];
  /** Over the map: a card, a form, a bar, a legend. */
  view?: ReactNode;
  /**
   * The view waits until the map is drawn, and steps aside while another feature holds the
   * map (the editor's "+ Thêm cơ sở" while a tip is taken in).
   */
  viewAwaitsIdleMap?: boolean;
  /** The feature is using the map's clicks or the space over it: choosing a place, a form open. */
  holdsMap?: boolean;
  /** A message over the map; one shows at a time (see noticeRank) and × dismisses them all. */
  notice?: Notice | null;
  dismissNotice?: () => void;
  /** Buttons under a business's popup, after those of the features before it in the list. */
  businessActions?: BusinessActions;
}

/** What every feature is given: the user, the map, and the ways to reach the page and the others. */
export interface MapFeatureContext {
  session: Session;
  /** The map once it has loaded; null before (MapLibre may still be on its way). */
  map: MapLibreMap | null;
  /** Phone layout: the panel is a bottom sheet over the map. */
  narrow: boolean;
  /** The villages on the map, once loaded. */
  villages: VillageCollection | null;
  /** A village head's own village; null for every other role. */
  ownVillage: { id: number; name: string } | null;
  /** Puts the phone's bottom sheet away, for something that needs the map. */
  closeSheet: () => void;
  /** Tells the page and the other features something (see map-messages.ts). */
  send: (message: MapMessage) => void;
  /** Where `useMapMessage` listens. */
  messages: MapMessages;
}
