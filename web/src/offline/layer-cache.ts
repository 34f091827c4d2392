// The map's layers kept for a phone without a connection: the service worker answers these
// reads from the network while there is one and keeps each answer, and from what it kept when
// there is none (Workbox NetworkFirst, vite.config.ts). The kept answers are the signed-in
// account's own view (an owner's phone for police), so they go when that account is forgotten
// on this device: at sign-out, when the session ends, or when someone else signs in.

export const layerCacheName = 'ntm-layers';

/**
 * The reads the map page draws from (settings, outline, villages, key areas, roads, premises),
 * as Workbox matches a GET's whole address: same origin only, since for another origin it takes
 * a match only at the address's start.
 */
export const layerUrls = /\/api\/(config|commune|villages|key-areas|roads|businesses)(\?.*)?$/;

export function forgetCachedLayers(): void {
  if (typeof caches === 'undefined') return;
  caches.delete(layerCacheName).catch(() => {
    // Storage unavailable (private mode): nothing was kept.
  });
}

/**
 * The first time the service worker takes the page over, the layers the page read before it
 * ran are not kept: asked again now, they go through it and are.
 */
export function keepLayersReadBefore(): void {
  const read = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${location.origin}/`) && layerUrls.test(url));
  for (const url of new Set(read)) {
    fetch(url, { credentials: 'same-origin' }).catch(() => {
      // Offline again already: the next visit online keeps them.
    });
  }
}
