/**
 * The service worker (public/sw.js) keeps the app's own files, so the page opens without a
 * connection (the inspection form at the door); API data is never cached by it. Only in a
 * built app: the dev server's modules change on every save.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .catch((error: unknown) => console.warn('Service worker not registered:', error));
  });
}
