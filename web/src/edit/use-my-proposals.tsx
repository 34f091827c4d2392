import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalClient } from '../api/proposal-client';
import { removeProposals, showProposals } from '../map/proposal-overlay';
import { ProposalList } from '../review/proposal-list';
import { useProposals } from '../review/use-proposals';

/** How often a village head's page asks whether their proposals were decided. */
const pollMs = 60_000;

interface Options {
  map: MapLibreMap | null;
  client: ProposalClient;
  /** Only village heads file proposals. */
  enabled: boolean;
  /** A proposal was approved since the last look: the businesses on the map changed. */
  onApproved: () => void;
}

/**
 * A village head's own proposals: listed in the panel with their outcome, and the pending ones
 * marked on the map where they would go. Checked again every minute while the page is open.
 */
export function useMyProposals({ map, client, enabled, onApproved }: Options) {
  const { t } = useTranslation();
  const { state, reload } = useProposals(client, undefined, enabled);
  const approved = useRef<Set<number> | null>(null);
  const latestOnApproved = useRef(onApproved);
  useEffect(() => {
    latestOnApproved.current = onApproved;
  });

  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, pollMs);
    return () => clearInterval(timer);
  }, [enabled, reload]);

  const proposals = state.status === 'ready' ? state.proposals : null;
  useEffect(() => {
    if (!proposals) return;
    const now = new Set(proposals.filter((p) => p.status === 'approved').map((p) => p.id));
    const before = approved.current;
    approved.current = now;
    if (before && [...now].some((id) => !before.has(id))) latestOnApproved.current();
  }, [proposals]);

  useEffect(() => {
    if (!map || !proposals) return;
    showProposals(
      map,
      proposals.filter((p) => p.status === 'pending'),
    );
  }, [map, proposals]);
  useEffect(
    () => () => {
      if (map?.getStyle()) removeProposals(map);
    },
    [map],
  );

  const panelSection: ReactNode = enabled && (
    <section className="panel-section my-proposals" aria-labelledby="my-proposals-title">
      <h2 id="my-proposals-title">{t('proposals.mine')}</h2>
      {proposals?.some((p) => p.status === 'pending') && (
        <p className="muted proposal-legend">
          <span className="diff-dot diff-dot-after" aria-hidden="true" />{' '}
          {t('proposals.legendPending')}
        </p>
      )}
      <ProposalList state={state} onRetry={reload} emptyText={t('proposals.none')} />
    </section>
  );
  return { panelSection, reload };
}
