import { loadMapPage, loadMapWorkers, loadSignedInApp } from './page-chunks';

/**
 * How long the login form is left to settle (its own files are in by the time it shows; this
 * leaves its first paint and input alone) before the next page's files are fetched.
 */
const settleMs = 300;

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
  // MapLibre first, the largest file: asked for after the page's two dozen small chunks, it would
  // wait for connections they hold (six at a time over HTTP/1.1), a round trip each.
  if (pathname === '/') {
    void loadMapWorkers()
      .then((workers) => workers.prewarmMapWorkers())
      .catch(() => {});
  }
  void loadSignedInApp().catch(() => {});
  if (pathname === '/') void loadMapPage().catch(() => {});
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
