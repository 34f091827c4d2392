import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Starts fetching what the first page after signing in needs, as "Đăng nhập" is pressed: the
 * signed-in app and, for the map, its page, MapLibre and MapLibre's worker, in parallel with the
 * login request rather than one after another once it answers. On a slow phone connection this
 * is seconds. The login page itself pulls none of it until then.
 */
export function preloadAfterLogin(pathname: string): void {
  void import('../signed-in-app').catch(() => {});
  if (pathname !== '/') return;
  void import('../map-page').catch(() => {});
  // Hashed and cached for a year (serve-web.ts): the map's `new Worker` then finds it cached.
  void fetch(workerUrl, { priority: 'low' } as RequestInit).catch(() => {});
}
