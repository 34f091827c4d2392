// The composition root: every resource is a sub-app mounted under /api.
import { dataRoot } from '@ntm/db/local/paths';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import {
  isImportUpload,
  isPublicUpload,
  isUploadRoute,
  maxImportBodyBytes,
  maxPublicUploadBodyBytes,
  maxUploadBodyBytes,
} from './attachments/limits';
import { createAttachmentStore } from './attachments/store';
import { authorize } from './auth/authorize';
import { createLoginThrottle, defaultLoginThrottle } from './auth/login-throttle';
import { createRateLimiter } from './auth/rate-limit';
import { createRateWindows } from './auth/rate-windows';
import { resolveSession } from './auth/session';
import { contentSecurityPolicy } from './csp/content-security-policy';
import { ApiError } from './lib/api-error';
import type { AppDeps, AppEnv } from './lib/app-env';
import { createByteCache } from './lib/byte-cache';
import { compressAnswer } from './lib/compress-answer';
import { handleError } from './lib/error-handler';
import { headWithoutBody } from './lib/head-without-body';
import { createLifecycle } from './lib/lifecycle';
import { refuseUnstorableInput } from './lib/refuse-unstorable-input';
import { wellFormedRequestId } from './lib/request-id';
import { oneTransactionPerWrite } from './lib/request-transaction';
import { serveWeb } from './lib/serve-web';
import { openApiRoutes } from './openapi/routes';
import { behindProxy } from './proxy/behind-proxy';
import { trustNoOne } from './proxy/trusted-proxies';
import { apiTokens } from './routes/api-tokens';
import { attachments } from './routes/attachments';
import { audit } from './routes/audit';
import { auth } from './routes/auth';
import { businesses } from './routes/businesses';
import { commune } from './routes/commune';
import { communicationActivities } from './routes/communication';
import { config } from './routes/config';
import { cspReports } from './routes/csp-reports';
import { exports } from './routes/exports';
import { health } from './routes/health';
import { hotspots } from './routes/hotspots';
import { imports } from './routes/imports';
import { indicators } from './routes/indicators';
import { inspections } from './routes/inspections';
import { keyAreas } from './routes/key-areas';
import { agencies, officers } from './routes/officers';
import { ogc } from './routes/ogc';
import { onlineViolations } from './routes/online-violations';
import { planDocuments } from './routes/plan-documents';
import { proposals } from './routes/proposals';
import { publicTips } from './routes/public-tips';
import { registryReviews } from './routes/registry-reviews';
import { reportSubmissions } from './routes/report-submissions';
import { reports } from './routes/reports';
import { risk } from './routes/risk';
import { roads } from './routes/roads';
import { routePlans } from './routes/route-plans';
import { seasons } from './routes/seasons';
import { support } from './routes/support';
import { tiles } from './routes/tiles';
import { tipAdditions } from './routes/tip-additions';
import { tipSteps } from './routes/tip-steps';
import { tips } from './routes/tips';
import { trainings } from './routes/trainings';
import { unplacedBusinesses } from './routes/unplaced-businesses';
import { users } from './routes/users';
import { villages } from './routes/villages';

/** A JSON body: far more than any form sends. Uploads get their own limit (attachments/limits.ts). */
const maxBodyBytes = 1024 * 1024;
const hour = 60 * 60_000;

const api = new Hono<AppEnv>()
  .route('/health', health)
  .route('/auth/tokens', apiTokens)
  .route('/auth', auth)
  .route('/config', config)
  .route('/csp-reports', cspReports)
  .route('/commune', commune)
  .route('/villages', villages)
  .route('/key-areas', keyAreas)
  .route('/roads', roads)
  // Before '/businesses', whose '/:id' would take 'unplaced' for an id.
  .route('/businesses/unplaced', unplacedBusinesses)
  .route('/businesses', businesses)
  .route('/proposals', proposals)
  .route('/seasons', seasons)
  .route('/risk', risk)
  .route('/hotspots', hotspots)
  .route('/tips', tips)
  .route('/tips', tipSteps)
  .route('/online-violations', onlineViolations)
  .route('/inspections', inspections)
  .route('/exports', exports)
  .route('/route-plans', routePlans)
  .route('/indicators', indicators)
  .route('/support', support)
  .route('/reports', reports)
  .route('/plan-documents', planDocuments)
  .route('/', registryReviews)
  .route('/communication-activities', communicationActivities)
  .route('/agencies', agencies)
  .route('/officers', officers)
  .route('/trainings', trainings)
  .route('/report-submissions', reportSubmissions)
  .route('/', attachments)
  .route('/', tipAdditions)
  .route('/public', publicTips)
  .route('/imports', imports)
  .route('/users', users)
  .route('/audit', audit)
  .route('/tiles', tiles);

/** The API's type, for the web's `hc<AppType>('/api')` client. */
export type AppType = typeof api;

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses a body over `maxBytes` with a 413 that says what the limit is. */
const refuseOver = (maxBytes: number, code: string, message: string) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, code, message);
    },
  });

/** The map's GeoJSON layers, read whole at every visit: they carry an ETag. */
export const mapLayerReads = [
  '/api/commune',
  '/api/villages',
  '/api/key-areas',
  '/api/roads',
  '/api/businesses',
  '/api/tips',
  '/api/inspections',
];

export function createApp(deps: AppDeps, options: { webDist?: string } = {}) {
  const now = deps.now ?? (() => new Date());
  const loginLimit = deps.loginLimit ?? { max: 20, windowMs: 10 * 60_000 };
  // Every process of the app counts into the same windows in PostgreSQL (auth/rate-windows.ts).
  const windows = createRateWindows({
    sql: deps.sql,
    communeCode: deps.env.COMMUNE_CODE,
    scope: deps.limitScope ?? '',
    hashKey: deps.env.AUDIT_HASH_KEY,
  });
  const limiter = (name: string, limit: { max: number; windowMs: number }) =>
    createRateLimiter({ name, ...limit, windows, now });
  // Built once per app, not per request.
  const appDeps = {
    ...deps,
    now,
    loginLimiter: limiter('login', loginLimit),
    loginThrottle: createLoginThrottle({ ...defaultLoginThrottle, windows, now }),
    publicTipLimiter: limiter('public-tip', deps.publicLimits?.tips ?? { max: 5, windowMs: hour }),
    wrongCodeLimiter: limiter(
      'wrong-code',
      deps.publicLimits?.wrongCodes ?? { max: 30, windowMs: hour },
    ),
    cspReportLimiter: limiter('csp-report', { max: 100, windowMs: 10 * 60_000 }),
    tileCache: createByteCache(deps.tileCacheBytes ?? 64 * 1024 * 1024),
    answerCache: createByteCache(deps.answerCacheBytes ?? 32 * 1024 * 1024),
    lifecycle: deps.lifecycle ?? createLifecycle(),
    attachmentStore: createAttachmentStore(deps.env.ATTACHMENTS_DIR ?? `${dataRoot}/attachments`),
  };
  // Only requests that carry a body: on a GET, reading `body` makes the Node adapter build a
  // full Request, which costs more than the rest of the middleware together.
  const limitBody = refuseOver(maxBodyBytes, 'payload-too-large', 'Dữ liệu gửi lên vượt quá 1 MB');
  const limitUpload = refuseOver(
    maxUploadBodyBytes,
    'payload-too-large',
    'Tệp gửi lên quá lớn: tối đa 5 tệp, mỗi tệp 10 MB',
  );
  const limitPublicUpload = refuseOver(
    maxPublicUploadBodyBytes,
    'payload-too-large',
    'Ảnh gửi lên quá lớn: tối đa 3 ảnh, tổng cộng 15 MB',
  );

  const limitImport = refuseOver(
    maxImportBodyBytes,
    'file-too-large',
    'Tệp nhập quá lớn: tối đa 50 MB mỗi lần',
  );

  const app = new Hono<AppEnv>();
  // /ogc (OGC API – Features) is the API for GIS clients: the same middleware, the same rules.
  const forApiAndOgc = (...handlers: MiddlewareHandler<AppEnv>[]) => {
    app.use('/api/*', ...handlers);
    app.use('/ogc/*', ...handlers); // Hono's '/ogc/*' takes '/ogc' itself too
  };
  app.use(wellFormedRequestId);
  // The client's address and origin, through a trusted proxy's headers only (proxy/).
  app.use(behindProxy(deps.env.TRUSTED_PROXIES ?? trustNoOne));
  // On the way out (SIGTERM): each answer closes its connection, so a client's next request
  // opens a new one, to another process behind the balancer.
  app.use(async (c, next) => {
    await next();
    if (appDeps.lifecycle.draining) c.header('Connection', 'close');
  });
  // DENY, as the policy's frame-ancestors 'none' says for browsers that read only this header.
  // HSTS only on https, set by behindProxy: over plain http it would mean nothing.
  app.use(secureHeaders({ xFrameOptions: 'DENY', strictTransportSecurity: false }));
  app.use(contentSecurityPolicy({ basemapUrl: deps.env.BASEMAP_URL }));
  forApiAndOgc(headWithoutBody);
  // JSON and GeoJSON answers compressed, brotli or gzip as the client takes (a village's layers
  // are a sixth of their size: seconds on a weak phone link); images, zips and GeoPackages not.
  forApiAndOgc(compressAnswer);
  forApiAndOgc(async (c, next) => {
    c.set('deps', appDeps);
    await next();
  });
  forApiAndOgc((c, next) => {
    if (!methodsWithBody.has(c.req.method)) return next();
    if (isImportUpload(c.req.method, c.req.path, c.req.header('content-type')))
      return limitImport(c, next);
    if (isPublicUpload(c.req.method, c.req.path, c.req.header('content-type')))
      return limitPublicUpload(c, next);
    return isUploadRoute(c.req.method, c.req.path, c.req.header('content-type'))
      ? limitUpload(c, next)
      : limitBody(c, next);
  });
  // Cookie-authenticated writes must come from this origin (form posts from elsewhere refused).
  // Behind a proxy the request's URL is the proxy's hop, not the address the browser used.
  forApiAndOgc(csrf({ origin: (origin, c) => origin === c.get('origin') }));
  forApiAndOgc(resolveSession);
  forApiAndOgc(authorize);
  forApiAndOgc(refuseUnstorableInput);
  forApiAndOgc(oneTransactionPerWrite);
  // The map's layers, read whole at every visit: a browser holding one revalidates it, and a
  // 304 answers while nothing changed (the body's hash, before compression).
  for (const layer of mapLayerReads) app.get(layer, etag({ weak: true }));
  app.route('/api', api);
  // The API's description, read off the routes above (api/src/openapi).
  app.route(
    '/api',
    openApiRoutes(() => app.routes),
  );
  // A GIS client revalidates a layer it holds: 304 while nothing changed.
  app.use('/ogc/*', etag({ weak: true }));
  app.route('/ogc', ogc);
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'Không có địa chỉ API này');
  });
  app.all('/ogc/*', () => {
    throw new ApiError(404, 'not-found', 'Không có địa chỉ này trong OGC API');
  });
  if (options.webDist) serveWeb(app, options.webDist);
  app.notFound((c) => c.json({ error: { code: 'not-found', message: 'Không tìm thấy' } }, 404));
  app.onError(handleError);
  return app;
}
