import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves web/dist on the same port and answers /api/*, so the app only ever uses
// same-origin relative URLs; in dev the proxy below stands in for that.
const apiTarget = 'http://127.0.0.1:8787';
const proxy = { '/api': { target: apiTarget } };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // maplibre-gl alone is ~1 MB minified: its own chunk, which stays cached across releases of
    // the app's code; both are named in index.html, so the service worker keeps both offline.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/].*maplibre-gl/ },
            // Recharts and its d3/redux helpers, before the React group: pnpm's folder name for
            // recharts mentions react-dom, which the React test below would otherwise catch.
            {
              name: 'charts',
              priority: 2,
              test: /node_modules[\\/]\.pnpm[\\/](recharts|d3-|victory-vendor|@reduxjs|redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|internmap|react-redux|use-sync-external-store)/,
            },
            {
              name: 'react',
              priority: 1,
              test: /node_modules[\\/].*(react|react-dom|scheduler|i18next)/,
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
