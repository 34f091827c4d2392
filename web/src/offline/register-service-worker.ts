import { registerSW } from 'virtual:pwa-register';
import { keepLayersReadBefore } from './layer-cache';
import { publish } from './offline-support';

// The service worker made before Workbox kept its files here; nothing reads it any more.
const oldCacheName = 'ntm-app-v1';

/** Once signed in, how long a page without a map is given to load before the worker starts. */
const settleMs = 5_000;
/** A map that never finishes drawing (no WebGL, a layer that failed) holds it back no longer. */
const mapSettleMs = 60_000;

/**
 * Over plain HTTP no service worker can run, and the app says so (offline-notice.tsx).
 * Called once at start.
 */
export function checkOfflineSupport(): void {
  if (!window.isSecureContext) publish({ kind: 'insecure' });
}

let started = false;

/**
 * The service worker (made by vite-plugin-pwa, see vite.config.ts) keeps every file of the app,
 * so each page opens without a connection (the inspection form at the door). It starts once the
 * first signed-in page has settled (its map drawn, or a few seconds): its ~3 MB of files must
 * not share a weak connection with that page, and the citizens' form never downloads the
 * staff's app. A new release is kept in the background and offered, never forced: a reload in
 * the middle of a form would lose what was typed. Only in a built app: the dev server's modules
 * change on every save.
 */
export function startServiceWorkerOnceSettled(page: { withMap: boolean }): void {
  if (started || !window.isSecureContext || !import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator)) return;
  started = true;
  const root = document.documentElement;
  const timer = window.setTimeout(start, page.withMap ? mapSettleMs : settleMs);
  const watcher = new MutationObserver(() => {
    if (root.dataset.mapReady === 'true') start();
  });
  watcher.observe(root, { attributes: true, attributeFilter: ['data-map-ready'] });
  function start() {
    window.clearTimeout(timer);
    watcher.disconnect();
    register();
  }
}

function register() {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => publish({ kind: 'update-waiting', apply: () => void update(true) }),
    onRegisterError: (error: unknown) => console.warn('Service worker not registered:', error),
  });
  if ('caches' in window) void caches.delete(oldCacheName);
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', keepLayersReadBefore, {
      once: true,
    });
  }
}
