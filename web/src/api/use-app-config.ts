import { useEffect, useState } from 'react';
import type { GeoClient } from './geo-client';
import type { AppConfig } from './geo-types';

/** Used when GET /api/config fails: the offline map, nothing claimed about the data. */
const fallbackConfig: AppConfig = {
  basemapUrl: null,
  basemapAttribution: null,
  demoData: false,
  communeName: null,
};

/**
 * The server's settings for the page (optional basemap, demo-data flag, commune name). The map
 * waits for them, because the basemap is part of its style; a failure falls back to the offline
 * map instead of blocking it.
 */
export function useAppConfig(client: GeoClient): AppConfig | null {
  const [config, setConfig] = useState<AppConfig | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    client.config(controller.signal).then(setConfig, (error: unknown) => {
      if (controller.signal.aborted) return;
      console.warn('GET /api/config failed; using the offline defaults.', error);
      setConfig(fallbackConfig);
    });
    return () => controller.abort();
  }, [client]);
  return config;
}
