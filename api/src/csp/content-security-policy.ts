import type { Context, Next } from 'hono';
import type { AppEnv } from '../lib/app-env';
import { isHttps } from '../proxy/behind-proxy';

/** Where browsers send violation reports (routes/csp-reports.ts); no session needed. */
export const cspReportPath = '/api/csp-reports';
/** The Reporting API endpoint's name, as `report-to` and `Reporting-Endpoints` spell it. */
const reportGroup = 'csp';

type Directives = Record<string, string[]>;

/** `name value value; name value` in the order given. */
function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The origin of the optional online basemap (an XYZ template or a TileJSON URL), or none. */
function basemapOrigins(basemapUrl: string | undefined): string[] {
  if (!basemapUrl) return [];
  try {
    const { origin } = new URL(basemapUrl);
    return origin === 'null' ? [] : [origin];
  } catch {
    return [];
  }
}

/**
 * The policy of the web app's page and its files (web/dist), found by running every journey
 * in headless Chromium under it (tests/e2e, which fail on any violation):
 *
 * - scripts and styles only from the app's own files: no 'unsafe-inline', no 'unsafe-eval', no
 *   hashes. The built page has no inline script or style element; React and MapLibre set styles
 *   through the DOM (element.style), which CSP does not govern.
 * - `worker-src 'self'`: MapLibre's worker is a file of the build (src/map/maplibre-worker.ts
 *   hands it the URL), started as a module worker from this origin; no blob: worker. The
 *   service worker (sw.js) is a file at the site root.
 * - images `data:` for MapLibre's control icons (SVG data URLs in its stylesheet) and the
 *   favicon in index.html; `blob:` for a basemap's raster tiles in browsers without
 *   createImageBitmap, where MapLibre decodes the fetched bytes through an object URL in an
 *   <img> (Chromium decodes them without one).
 * - no `glyphs` or `sprite` in the map style (map/style.ts): labels are drawn from local fonts,
 *   tiles and GeoJSON come from /api. Only a configured online basemap (BASEMAP_URL) adds its
 *   origin, to `connect-src` (MapLibre fetches tiles and TileJSON) and `img-src`.
 * - `object-src 'none'`, `base-uri 'self'`, `frame-ancestors 'none'` (no page of the app may
 *   be framed: clickjacking), `form-action 'self'`.
 */
export function webPolicy(options: { basemapUrl?: string; reportTo: boolean }): string {
  const basemap = basemapOrigins(options.basemapUrl);
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...basemap],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...basemap],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'report-uri': [cspReportPath],
    ...(options.reportTo ? { 'report-to': [reportGroup] } : {}),
  });
}

/**
 * The policy of the API's answers (JSON, GeoJSON, tiles, files): nothing in them may run or
 * load anything, nor be framed, should a browser ever render one as a page.
 */
export const apiPolicy = serialize({
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/**
 * Sets the policy on every answer that has none of its own (an attachment sets a stricter one):
 * the API's for /api, the web app's for everything else.
 *
 * `report-to` (the Reporting API) only over HTTPS: browsers take a reporting endpoint only from
 * a secure origin, and a policy that names `report-to` ignores its `report-uri`, so over plain
 * HTTP (an office network) `report-uri` alone keeps the reports coming. The same test as the
 * session cookie's `Secure`: https only through a trusted proxy (proxy/behind-proxy.ts).
 */
export function contentSecurityPolicy(options: { basemapUrl?: string }) {
  const plain = webPolicy({ basemapUrl: options.basemapUrl, reportTo: false });
  const withReportTo = webPolicy({ basemapUrl: options.basemapUrl, reportTo: true });
  return async function setContentSecurityPolicy(c: Context<AppEnv>, next: Next) {
    await next();
    if (c.res.headers.has('Content-Security-Policy')) return;
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/api/')) {
      c.res.headers.set('Content-Security-Policy', apiPolicy);
      return;
    }
    const secure = isHttps(c);
    c.res.headers.set('Content-Security-Policy', secure ? withReportTo : plain);
    if (secure) c.res.headers.set('Reporting-Endpoints', `${reportGroup}="${cspReportPath}"`);
  };
}
