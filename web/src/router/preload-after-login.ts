import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Starts fetching what the first page after signing in needs, as "Đăng nhập" is pressed: the
 * signed-in app and, for the map, its page, its map view with MapLibre, and MapLibre's worker,
 * in parallel with the login request rather than one after another once it answers. The map
 * page itself holds no MapLibre code, so its data requests go out as soon as it has arrived,
 * while MapLibre is still downloading. On a slow phone connection this is seconds. The login
 * page itself pulls none of it until then.
 */
export function preloadAfterLogin(pathname: string): void {
  void import('../signed-in-app').catch(() => {});
  if (pathname !== '/') return;
  void import('../map-page').catch(() => {});
  void import('../map/map-view').catch(() => {});
  // Hashed and cached for a year (serve-web.ts): the map's `new Worker` then finds it cached.
  void fetch(workerUrl, { priority: 'low' } as RequestInit).catch(() => {});
}
