import { registerSW } from 'virtual:pwa-register';
import { publish } from './offline-support';

// The service worker made before Workbox kept its files here; nothing reads it any more.
const oldCacheName = 'ntm-app-v1';

/**
 * The service worker (made by vite-plugin-pwa, see vite.config.ts) keeps every file of the app,
 * so each page opens without a connection (the inspection form at the door). A new release is
 * kept in the background and offered, never forced: a reload in the middle of a form would lose
 * what was typed. Only in a built app: the dev server's modules change on every save.
 */
export function registerServiceWorker(): void {
  if (!window.isSecureContext) {
    publish({ kind: 'insecure' });
    return;
  }
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: false, // after the page has loaded: its own files come first
    onNeedRefresh: () => publish({ kind: 'update-waiting', apply: () => void update(true) }),
    onRegisterError: (error: unknown) => console.warn('Service worker not registered:', error),
  });
  if ('caches' in window) void caches.delete(oldCacheName);
}
