import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type {
  DuplicateCandidate,
  Reporter,
  Tip,
  TipClient,
  TipEvent,
  TipPage,
  TipSummary,
} from '../api/tip-client';
import { addOverlayClick } from '../map/overlay-clicks';
import { tiledAbove } from '../map/tiled-businesses';
import type { Notice } from '../ui/notice-banner';
import { TipCard } from './tip-card';
import {
  defaultTipFilter,
  filterTips,
  listedTips,
  type TipFilter,
  tipFilterExpression,
  tipFilterQuery,
} from './tip-filter';
import {
  dueFromDeadline,
  removeTips,
  showTiledTips,
  showTips,
  type TileSet,
  tipPointLayerId,
} from './tip-layer';
import { TipsSection } from './tips-section';

interface Options {
  map: MapLibreMap | null;
  client: TipClient;
  /** Police work tips; for the other roles this is off. */
  enabled: boolean;
  narrow: boolean;
  /** The year indicator đ is counted for. */
  year: number;
  /** Starts taking a new tip in (the intake on the map). */
  onIntake: () => void;
}

type Open = {
  tip: Tip & { events: TipEvent[] };
  reporter: Reporter | null | 'hidden';
  duplicates: DuplicateCandidate[] | null;
};

/** A layer too large to send whole: its tiles, and the instant its due rings are judged at. */
type Tiled = { tileSet: TileSet; dueSoonDays: number; at: Date };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The police's tips on the map: coloured by state, ringed when overdue or due soon, approximate
 * ones with their circle; the side panel has indicator đ and what is due first; a tip opens in
 * a card to take its next step, extend it, see the reporter (audited) or link a duplicate.
 */
export function useTips({ map, client, enabled, narrow, year, onIntake }: Options) {
  const { t } = useTranslation();
  const [tips, setTips] = useState<Tip[] | null>(null);
  const [tiled, setTiled] = useState<Tiled | null>(null);
  const [page, setPage] = useState<TipPage | null>(null);
  const [summary, setSummary] = useState<TipSummary | null>(null);
  const [failed, setFailed] = useState(false);
  const [visible, setVisible] = useState(true);
  const [filter, setFilter] = useState<TipFilter>(defaultTipFilter);
  const [open, setOpen] = useState<Open | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [greeted, setGreeted] = useState(false);

  const reload = useCallback(async () => {
    if (!enabled) return;
    try {
      const [list, counts] = await Promise.all([
        client.list({ tiledAbove: String(tiledAbove) }),
        client.summary(year),
      ]);
      if ('tiled' in list) {
        const { tiles, maxzoom } = await client.tileJson();
        setTiled({
          tileSet: { tiles, maxzoom },
          dueSoonDays: list.tiled.dueSoonDays,
          at: new Date(),
        });
        setTips(null);
      } else {
        setTiled(null);
        setTips(list.features);
      }
      setSummary(counts);
      setFailed(false);
    } catch (cause) {
      console.error('Loading tips failed:', cause);
      setFailed(true);
    }
  }, [client, enabled, year]);
  useEffect(() => {
    void reload();
  }, [reload]);

  // The start of the day: say at once how many are overdue or due soon.
  useEffect(() => {
    if (greeted || !summary) return;
    setGreeted(true);
    if (summary.overdue + summary.dueSoon > 0) {
      setNotice({
        tone: 'info',
        text: t('tips.startBanner', { overdue: summary.overdue, dueSoon: summary.dueSoon }),
      });
    }
  }, [greeted, summary, t]);

  const shown = useMemo(() => (tips ? filterTips(tips, filter, new Date()) : null), [tips, filter]);
  useEffect(() => {
    if (map && shown) showTips(map, shown, visible);
  }, [map, shown, visible]);

  // A tiled layer: the map filters its tiles itself; the panel lists the server's first page.
  useEffect(() => {
    if (map && tiled) {
      showTiledTips(map, tiled.tileSet, {
        filter: tipFilterExpression(filter, tiled.at),
        due: dueFromDeadline(tiled.at, tiled.dueSoonDays),
        visible,
      });
    }
  }, [map, tiled, filter, visible]);
  useEffect(() => {
    if (!tiled) return;
    let current = true;
    setPage(null);
    client
      .list({ ...tipFilterQuery(filter, tiled.at), limit: String(listedTips) })
      .then((answer) => {
        if (current && 'numberMatched' in answer) setPage(answer);
      })
      .catch((cause: unknown) => {
        console.error('Loading a page of tips failed:', cause);
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [client, tiled, filter]);
  useEffect(
    () => () => {
      if (map?.getStyle()) removeTips(map);
    },
    [map],
  );

  const openTip = useCallback(
    async (id: number) => {
      setError(null);
      setNotice(null);
      try {
        const tip = await client.get(id);
        setOpen({ tip, reporter: 'hidden', duplicates: null });
        if (map && tip.geometry) {
          const height = map.getContainer().clientHeight;
          const padding = narrow
            ? { top: 40, left: 20, right: 20, bottom: Math.round(height * 0.55) }
            : { top: 40, left: 40, right: 440, bottom: 40 };
          map.easeTo({
            center: tip.geometry.coordinates as [number, number],
            zoom: Math.max(map.getZoom(), 15),
            padding,
            duration: 500,
          });
        }
      } catch (cause) {
        setNotice({ tone: 'error', text: message(cause) });
      }
    },
    [client, map, narrow],
  );

  useEffect(() => {
    if (!map || !enabled) return;
    return addOverlayClick(map, {
      layers: [tipPointLayerId],
      // A GeoJSON tip's id is promoted from its properties; a tile's is the tile feature's own.
      onClick: (feature) => void openTip(Number(feature.id ?? feature.properties.id)),
    });
  }, [map, enabled, openTip]);

  /** Runs one write on the open tip, then refreshes it, the list and the indicator. */
  const act = useCallback(
    async (
      work: (id: number) => Promise<unknown>,
      done?: (id: number) => string,
      stale?: (now: Tip & { events: TipEvent[] }) => string | null,
    ) => {
      if (!open) return;
      const { id } = open.tip;
      setBusy(true);
      setError(null);
      try {
        await work(id);
        const [tip] = await Promise.all([client.get(id), reload()]);
        setOpen((previous) => previous && { ...previous, tip, duplicates: null });
        if (done) setNotice({ tone: 'success', text: done(id) });
      } catch (cause) {
        // A conflict means the tip moved on elsewhere (another tab, a colleague): show it as it
        // is now, and say what happened in plain words rather than the refusal's wording.
        if (cause instanceof ApiError && cause.refused && cause.status === 409) {
          try {
            const [tip] = await Promise.all([client.get(id), reload()]);
            setOpen((previous) => previous && { ...previous, tip, duplicates: null });
            setError(stale?.(tip) ?? message(cause));
            return;
          } catch {
            // The refresh failed too: the refusal itself is the best we can say.
          }
        }
        setError(message(cause));
      } finally {
        setBusy(false);
      }
    },
    [client, open, reload],
  );

  const panelSection: ReactNode = enabled && (
    <TipsSection
      tips={tiled ? (page?.features ?? null) : tips}
      summary={summary}
      failed={failed}
      visible={visible}
      onToggle={setVisible}
      filter={filter}
      onFilter={setFilter}
      shownCount={tiled ? (page ? page.numberMatched : 0) : (shown?.length ?? 0)}
      onOpen={(id) => void openTip(id)}
      onRetry={() => void reload()}
      onIntake={onIntake}
    />
  );

  const view: ReactNode = open && (
    <div className="edit-sheet review-sheet">
      <TipCard
        // One card per state of the tip: after a step its form closes and the next steps show.
        key={`${open.tip.id}:${open.tip.properties.status}`}
        tip={open.tip}
        reporter={open.reporter}
        duplicates={open.duplicates}
        busy={busy}
        error={error}
        onClose={() => setOpen(null)}
        actions={{
          move: (to, step) =>
            void act(
              (id) => client.move(id, { to, ...step }),
              (id) => t('tips.stepDone', { id, status: t(`tips.status.${to}`) }),
              (now) =>
                now.properties.status === to || now.events.some((e) => e.toStatus === to)
                  ? t('tips.stepAlreadyTaken', {
                      step: t(`tips.step.${to}`),
                      status: t(`tips.status.${now.properties.status}`),
                    })
                  : t('tips.stepOvertaken', { status: t(`tips.status.${now.properties.status}`) }),
            ),
          extend: (reason) =>
            void act(
              (id) => client.extend(id, reason),
              (id) => t('tips.extendDone', { id }),
            ),
          showReporter: async () => {
            try {
              const { reporter } = await client.reporter(open.tip.id);
              setOpen((previous) => previous && { ...previous, reporter });
            } catch (cause) {
              setError(message(cause));
            }
          },
          findDuplicates: async () => {
            try {
              const { candidates } = await client.duplicates(open.tip.id);
              setOpen((previous) => previous && { ...previous, duplicates: candidates });
            } catch (cause) {
              setError(message(cause));
            }
          },
          linkDuplicate: (of) => void act((id) => client.linkDuplicate(id, of)),
          unlinkDuplicate: () => void act((id) => client.unlinkDuplicate(id)),
        }}
      />
    </div>
  );

  /** A tip just taken in: the list and indicator again, and the tip open with its possible duplicates. */
  const showCreated = useCallback(
    async (id: number, duplicates: DuplicateCandidate[]) => {
      await reload();
      try {
        const tip = await client.get(id);
        setOpen({ tip, reporter: 'hidden', duplicates });
      } catch (cause) {
        setError(message(cause));
      }
    },
    [client, reload],
  );

  return { panelSection, view, notice, dismissNotice: () => setNotice(null), reload, showCreated };
}
