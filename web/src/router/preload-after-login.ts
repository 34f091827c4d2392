import { loadMapPage, loadMapWorkers, loadSignedInApp } from './page-chunks';

/** How long the login page is left to settle before the next page's files are fetched. */
const settleMs = 1500;

let started = false;

/**
 * Starts fetching what the first page after signing in needs: the signed-in app and, for the
 * map, its page, MapLibre and MapLibre's workers (started, not only fetched). Called as
 * "Đăng nhập" is pressed, in parallel with the login request, and earlier by
 * `preloadWhileSigningIn`. Once per page load.
 */
export function preloadAfterLogin(pathname: string): void {
  if (started) return;
  started = true;
  void loadSignedInApp().catch(() => {});
  if (pathname !== '/') return;
  void loadMapPage().catch(() => {});
  void loadMapWorkers()
    .then((workers) => workers.prewarmMapWorkers())
    .catch(() => {});
}

/**
 * While a person types their name and password (seconds on a phone), the map's ~400 KB come
 * down the line, once the login page itself has settled: on a slow connection the map is then
 * drawn about as soon as the login answers, instead of seconds after. The login page's own
 * first paint never waits for them. Returns a cancel for a page that goes before it starts.
 */
export function preloadWhileSigningIn(pathname: string): () => void {
  const timer = window.setTimeout(() => {
    if ('requestIdleCallback' in window) {
      window.requestIdleCallback(() => preloadAfterLogin(pathname), { timeout: settleMs });
    } else {
      preloadAfterLogin(pathname);
    }
  }, settleMs);
  return () => window.clearTimeout(timer);
}
