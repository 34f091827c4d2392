import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VillageCollection } from '../api/geo-types';
import type { Proposal, ProposalClient } from '../api/proposal-client';
import { pointsBbox } from '../map/polygon-bbox';
import { removeProposals, showProposals } from '../map/proposal-overlay';
import type { Notice } from '../ui/notice-banner';
import { ProposalList } from './proposal-list';
import { QueueControls } from './queue-controls';
import { arrangeQueue, defaultQueueView, type QueueView } from './queue-view';
import { ReviewCard } from './review-card';
import { useProposals } from './use-proposals';

interface Options {
  map: MapLibreMap | null;
  client: ProposalClient;
  /** Phone layout: the card is a sheet over the lower half of the map. */
  narrow: boolean;
  /** A decision changed the registry: reload the businesses on the map. */
  onDecided: () => void;
  /** Police and culture review; for the other roles the queue is off. */
  enabled: boolean;
  /** The villages on the map: a proposal is shown with its whole village around it. */
  villages: VillageCollection | null;
}

/** Every corner of a village's outline, to fit the map to it. */
function villageCorners(villages: VillageCollection | null, id: number): [number, number][] {
  const village = villages?.features.find((f) => Number(f.properties.id) === id);
  if (!village) return [];
  const rings =
    village.geometry.type === 'Polygon'
      ? village.geometry.coordinates
      : village.geometry.type === 'MultiPolygon'
        ? village.geometry.coordinates.flat()
        : [];
  return rings.flat() as [number, number][];
}

/**
 * Fits the old and new position, with the village they are in, into the part of the map the
 * card leaves free: the village's outline and name give the place its bearings (a fit to the
 * points alone zoomed to 50 m of blank map).
 */
function fitDiff(
  map: MapLibreMap,
  proposal: Proposal,
  narrow: boolean,
  villages: VillageCollection | null,
) {
  const points = [proposal.before, proposal.after].flatMap((b) =>
    b ? [b.geometry.coordinates as [number, number]] : [],
  );
  if (points.length === 0) return;
  const around = [...points, ...villageCorners(villages, proposal.village.id)];
  const height = map.getContainer().clientHeight;
  const padding = narrow
    ? { top: 48, left: 32, right: 32, bottom: Math.round(height * 0.55) }
    : { top: 60, left: 60, right: 440, bottom: 60 };
  const bbox = pointsBbox(around);
  if (!bbox) return;
  const [minLng, minLat, maxLng, maxLat] = bbox;
  map.fitBounds(
    [
      [minLng, minLat],
      [maxLng, maxLat],
    ],
    { padding, maxZoom: 16, duration: 500 },
  );
}

/**
 * The review queue for police and culture: the pending proposals in the side panel; one
 * opened shows on the map (old position, new position, the move) beside its field-by-field
 * difference, to approve or reject with a reason.
 */
export function useReviewQueue({ map, client, narrow, onDecided, enabled, villages }: Options) {
  const { t } = useTranslation();
  const { state, reload } = useProposals(client, 'pending', enabled);
  const [selected, setSelected] = useState<Proposal | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [queueView, setQueueView] = useState<QueueView>(defaultQueueView);

  useEffect(() => {
    if (!map) return;
    showProposals(map, selected ? [selected] : []);
    if (selected) fitDiff(map, selected, narrow, villages);
  }, [map, selected, narrow, villages]);
  useEffect(
    () => () => {
      if (map?.getStyle()) removeProposals(map);
    },
    [map],
  );

  const decide = useCallback(
    async (
      proposal: Proposal,
      request: () => Promise<Proposal>,
      done: 'review.approved' | 'review.rejected',
    ) => {
      setBusy(true);
      setError(null);
      try {
        await request();
        const name = proposal.after?.properties.name ?? proposal.before?.properties.name ?? '';
        setNotice({ tone: 'success', text: t(done, { name }) });
        setSelected(null);
        onDecided();
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
      } finally {
        setBusy(false);
        reload();
      }
    },
    [t, onDecided, reload],
  );

  const count = state.proposals?.length ?? 0;
  const arranged = useMemo(
    () => arrangeQueue(state.proposals ?? [], queueView),
    [state.proposals, queueView],
  );
  const panelSection: ReactNode = enabled && (
    <section className="panel-section review-queue" aria-labelledby="review-queue-title">
      <h2 id="review-queue-title">
        {t('review.title')} {count > 0 && <span className="count-badge">{count}</span>}
      </h2>
      {count > 1 && (
        <QueueControls
          proposals={state.proposals ?? []}
          view={queueView}
          onView={setQueueView}
          shown={arranged.length}
        />
      )}
      <ProposalList
        state={state.proposals ? { ...state, proposals: arranged } : state}
        onRetry={reload}
        onOpen={(p) => {
          setError(null);
          setNotice(null);
          setSelected(p);
        }}
        selectedId={selected?.id ?? null}
        emptyText={t(count > 0 ? 'review.noneMatch' : 'review.empty')}
      />
    </section>
  );

  const view: ReactNode = selected ? (
    <div className="edit-sheet review-sheet">
      <ReviewCard
        key={selected.id}
        proposal={selected}
        busy={busy}
        error={error}
        onApprove={() =>
          void decide(selected, () => client.approve(selected.id), 'review.approved')
        }
        onReject={(reason) =>
          void decide(selected, () => client.reject(selected.id, reason), 'review.rejected')
        }
        onClose={() => setSelected(null)}
      />
    </div>
  ) : null;

  return { panelSection, view, notice, count, dismissNotice: () => setNotice(null) };
}
