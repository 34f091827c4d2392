import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress';
import { layerCacheName, layerUrls } from './src/offline/layer-cache';

// The API serves web/dist on the same port and answers /api/*, so the app only ever uses
// same-origin relative URLs; in dev the proxy below stands in for that.
const apiTarget = 'http://127.0.0.1:8787';
const proxy = { '/api': { target: apiTarget } };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // The service worker, made by Workbox from the build's own list of files: every chunk (each
    // page, MapLibre and its worker, the charts) is kept at install, so a page never opened
    // online still opens offline; the previous release's files go once the new one runs.
    // Registered by src/offline/register-service-worker.ts (no inline script: the CSP allows
    // none). Of /api/ only the map's layers, network first (src/offline/layer-cache.ts); the
    // records made offline are the outbox's business.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        // MapLibre's chunk is over 1 MB.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: layerUrls,
            handler: 'NetworkFirst',
            options: {
              cacheName: layerCacheName,
              expiration: { maxEntries: 40, maxAgeSeconds: 14 * 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // maplibre-gl alone is ~1 MB minified: its own chunk, which stays cached across releases of
    // the app's code, loaded with the map page only. Recharts goes with the pages that chart.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            // Not the worker's `?url` import: a string, which the app's code needs early.
            {
              name: 'maplibre',
              test: (id: string) =>
                /node_modules[\\/].*maplibre-gl/.test(id) && !id.endsWith('?url'),
            },
            // React and i18next: every page needs them and they change less often than the app.
            // By package folder: pnpm's folder names mention react-dom for Recharts too.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next)[\\/]/,
            },
          ],
        },
        // MapLibre's worker module is emitted as an asset (see src/map/maplibre-worker.ts).
        // Named .js rather than .mjs so that any static server sends a JavaScript MIME type,
        // which a module worker requires.
        assetFileNames: ({ names }) =>
          names.some((name) => name.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
});
