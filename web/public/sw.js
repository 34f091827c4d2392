// The app's service worker: keeps the app's own files (the page and its hashed assets) so the
// app opens without a connection, e.g. the inspection form at the door. It never touches
// /api/: data is not cached here (records made offline wait in IndexedDB, see
// src/inspections/outbox-store.ts). Plain JavaScript served as is from the site root, because
// a worker's scope is the folder it is served from.

const cacheName = 'ntm-app-v1';

/** The page and every asset it names (script, style, preloads), fetched fresh. */
async function keepShell() {
  const cache = await caches.open(cacheName);
  const page = await fetch('/', { cache: 'no-store' });
  if (!page.ok) return;
  const html = await page.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.put('/', page);
  await cache.addAll(assets);
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== cacheName) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Network first for pages (a new release shows at once), the kept page when offline. */
async function page(request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put('/', response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match('/');
    if (kept) return kept;
    throw error;
  }
}

/** Hashed assets never change: the kept copy, else the network (and keep it). */
async function asset(request) {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});
