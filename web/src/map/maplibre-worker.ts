import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 runs its tile workers from a separate module that it looks for next to its own
// file. A bundle moves both, so hand it the URL Vite gave the worker. Must run before the first
// map is created.
setWorkerUrl(workerUrl);
