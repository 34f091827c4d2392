// The lazily loaded parts that are also fetched ahead of time (preload-after-login.ts), named
// once so that the `lazyPart` that shows one and the preload that fetches it load the same chunk.

export const loadSignedInApp = () => import('../signed-in-app');
export const loadMapPage = () => import('../map-page');
export const loadMapWorkers = () => import('../map/maplibre-prewarm');
