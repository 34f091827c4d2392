import { prewarm } from 'maplibre-gl';
import './maplibre-worker';

/**
 * Starts MapLibre's tile workers before the first map exists (MapLibre's own `prewarm`): their
 * module is fetched and run while the login page waits for a password, not after it. The map
 * created later takes these workers.
 */
export function prewarmMapWorkers(): void {
  prewarm();
}
