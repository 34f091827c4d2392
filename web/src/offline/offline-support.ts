/** What the page knows about working offline, for the notice that tells people. */
export type OfflineSupport =
  /** Plain HTTP on another machine than this one: browsers run no service worker there. */
  | { kind: 'insecure' }
  | { kind: 'ready' }
  /** A new release is kept and waits: `apply` switches to it and reloads the page. */
  | { kind: 'update-waiting'; apply: () => void };

type Listener = (support: OfflineSupport) => void;

let current: OfflineSupport = { kind: 'ready' };
const listeners = new Set<Listener>();

export function publish(support: OfflineSupport) {
  current = support;
  for (const listener of listeners) listener(support);
}

/** The state now, and every change after (returns the unsubscribe). */
export function watchOfflineSupport(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
