import { useEffect, useRef } from 'react';
import type { UnplacedBusiness } from '../../api/import-client';
import type { DuplicateCandidate, Tip } from '../../api/tip-client';
import type { DatasetKey } from '../../api/use-geo-data';

/** Lists the map's features keep themselves; a refresh of one reaches the feature that shows it. */
export type FeatureDataset = 'myProposals' | 'unplaced';

/** What the map's features tell the page and each other, instead of calling each other. */
export type MapMessage =
  /** Something changed on the server: load a dataset again (the map's own, or a feature's). */
  | { kind: 'refresh'; dataset: DatasetKey | FeatureDataset }
  /** "Nhận tin báo": start taking a tip in on the map. */
  | { kind: 'startIntake' }
  /** A tip went in, with the possible duplicates police may see. */
  | { kind: 'tipCreated'; tip: Tip; duplicates: DuplicateCandidate[] }
  /** "Đặt lên bản đồ": place a premises an import named without a position. */
  | { kind: 'placeUnplaced'; business: UnplacedBusiness };

type Kind = MapMessage['kind'];
type Of<K extends Kind> = Extract<MapMessage, { kind: K }>;
type Listener = (message: MapMessage) => void;

/** Delivers each message, as it is sent, to everyone listening for its kind. */
export interface MapMessages {
  send(message: MapMessage): void;
  listen<K extends Kind>(kind: K, listener: (message: Of<K>) => void): () => void;
}

export function createMapMessages(): MapMessages {
  const listeners = new Map<Kind, Set<Listener>>();
  return {
    send(message) {
      for (const listener of [...(listeners.get(message.kind) ?? [])]) listener(message);
    },
    listen(kind, listener) {
      const own = listener as Listener;
      const set = listeners.get(kind) ?? new Set();
      listeners.set(kind, set.add(own));
      return () => set.delete(own);
    },
  };
}

/** Hears one kind of message for as long as the component lives; `onMessage` may change. */
export function useMapMessage<K extends Kind>(
  messages: MapMessages,
  kind: K,
  onMessage: (message: Of<K>) => void,
): void {
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });
  useEffect(() => messages.listen(kind, (message) => latest.current(message)), [messages, kind]);
}

/** Reloads a feature's own list when someone asks for that dataset to be refreshed. */
export function useRefreshOf(
  messages: MapMessages,
  dataset: FeatureDataset,
  reload: () => unknown,
): void {
  useMapMessage(messages, 'refresh', (message) => {
    if (message.dataset === dataset) reload();
  });
}
