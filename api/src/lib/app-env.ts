import type { Pool } from '@ntm/db/client';
import type { Account } from '@ntm/db/queries/accounts';
import type { RequestIdVariables } from 'hono/request-id';
import type { AttachmentStore } from '../attachments/store';
import type { LoginThrottle } from '../auth/login-throttle';
import type { RateLimiter } from '../auth/rate-limit';
import type { Violation } from '../csp/violation-report';
import type { Env } from '../env';
import type { ByteCache } from './byte-cache';
import type { Lifecycle } from './lifecycle';
import type { ReadStandby } from './read-standby';
import type { RequestTransaction } from './request-transaction';

export type AppDeps = {
  sql: Pool;
  env: Pick<Env, 'COMMUNE_CODE' | 'BASEMAP_URL' | 'BASEMAP_ATTRIBUTION' | 'AUDIT_HASH_KEY'> &
    Partial<Pick<Env, 'TIP_VERIFY_DAYS' | 'TIP_CLASSIFY_DAYS' | 'TIP_RESOLVE_DAYS'>> &
    /** Where attachment bytes live; by default `.data/attachments` in the repository. */
    Partial<Pick<Env, 'ATTACHMENTS_DIR'>> &
    /** Whose X-Forwarded-* headers count (proxy/trusted-proxies.ts); by default no one's. */
    Partial<Pick<Env, 'TRUSTED_PROXIES'>>;
  /** The clock for sessions and lockouts; tests pass a controllable one. */
  now?: () => Date;
  /**
   * Whose rate windows and lockouts this app counts in (auth/rate-windows.ts): '' by default, the
   * same for every process of a deployment, so they behave as one; a test gives each app its own.
   */
  limitScope?: string;
  /** Login attempts allowed per client address and window (default 20 per 10 minutes). */
  loginLimit?: { max: number; windowMs: number };
  /**
   * Where the Content-Security-Policy violations browsers report go (routes/csp-reports.ts); by
   * default a warning line in the server's log. The end-to-end tests count them.
   */
  onCspViolation?: (violation: Violation, requestId: string) => void;
  /** How many bytes of drawn vector tiles to keep (default 64 MiB; 0 draws every tile anew). */
  tileCacheBytes?: number;
  /** How many bytes of computed answers (risk, indicators) to keep (default 32 MiB; 0 none). */
  answerCacheBytes?: number;
  /** Set to draining by a graceful stop (lib/lifecycle.ts); readiness then answers 503. */
  lifecycle?: Lifecycle;
  /**
   * A streaming-replication hot standby that serves the dashboards' computed answers while it
   * is up and current (read-standby.ts); without one, the primary serves every read.
   */
  standby?: ReadStandby;
  /**
   * The public tip form's limits per client address: tips filed (default 5 an hour) and wrong
   * tracking codes tried (default 30 an hour, then every lookup is refused until the hour ends).
   */
  publicLimits?: {
    tips?: { max: number; windowMs: number };
    wrongCodes?: { max: number; windowMs: number };
  };
};

export type Services = Required<Pick<AppDeps, 'now'>> & {
  loginLimiter: RateLimiter;
  loginThrottle: LoginThrottle;
  publicTipLimiter: RateLimiter;
  wrongCodeLimiter: RateLimiter;
  /** Content-Security-Policy violation reports per client address (routes/csp-reports.ts). */
  cspReportLimiter: RateLimiter;
  attachmentStore: AttachmentStore;
  /** Vector tiles drawn lately, by layer, share, version and address (routes/tiles.ts). */
  tileCache: ByteCache;
  /** Computed answers by question, caller's share and data version (lib/computed-answer.ts). */
  answerCache: ByteCache;
  lifecycle: Lifecycle;
};

/** What every handler finds on the context. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    deps: AppDeps & Services;
    clientAddress: string | null;
    /** The origin the client used, https://… behind a trusted TLS proxy (proxy/behind-proxy.ts). */
    origin: string;
    /** The signed-in account, or null; `sessionExpired` says why a cookie did not count. */
    account: Account | null;
    /** How the account signed in: a cookie session, or a personal API token (Bearer). */
    authKind: 'session' | 'token' | null;
    sessionIdHash: string | null;
    sessionExpired: boolean;
    /** Where this read's queries go, when not to the primary: the standby (computed-answer.ts). */
    readPool?: Pool;
    /** A write request's one transaction (request-transaction.ts); absent on reads. */
    requestTransaction?: RequestTransaction;
  };
};
