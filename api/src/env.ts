// The one place that reads process.env. Parsed once at start; a bad value stops the server with
// a message naming the variable.
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { dataRoot } from '@ntm/db/local/paths';
import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './proxy/trusted-proxies';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  /**
   * On SIGTERM: how long to keep taking requests once readiness says 503 (for a load balancer to
   * notice), then how long in-flight requests may take to finish before they are cut.
   */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(300_000).default(25_000),
  /** The app's own role (ntm_app): owns nothing, held by row-level security. */
  APP_DATABASE_URL: z
    .string({ error: 'set it to a role that does not own the tables (see ARCHITECTURE.md §4)' })
    .url(),
  /**
   * A streaming-replication hot standby of the same database, as the app's role: the dashboards'
   * computed answers (risk, the risk grid, hot spots, the indicators) are read there while it is
   * up and no more than READ_MAX_LAG_MS behind the primary; else from the primary.
   */
  READ_DATABASE_URL: z.string().url().optional(),
  READ_MAX_LAG_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** Administrative code of the commune this instance serves (Nam Thanh Miện: 11284). */
  COMMUNE_CODE: z
    .string()
    .regex(/^\d{5}$/)
    .default('11284'),
  /** Optional online raster basemap, an XYZ template such as https://…/{z}/{x}/{y}.png. */
  BASEMAP_URL: z.string().url().optional(),
  BASEMAP_ATTRIBUTION: z.string().optional(),
  /** Secret for the keyed hash of client addresses in the audit log. */
  AUDIT_HASH_KEY: z.string().min(16).optional(),
  /** Tip deadlines in calendar days from receipt: verify, classify, resolve (art. 147: 20). */
  TIP_VERIFY_DAYS: z.coerce.number().int().min(1).max(60).optional(),
  TIP_CLASSIFY_DAYS: z.coerce.number().int().min(1).max(60).optional(),
  TIP_RESOLVE_DAYS: z.coerce.number().int().min(1).max(60).optional(),
  /** Folder for attachment bytes, outside the web root (photos and PDFs of tips). */
  ATTACHMENTS_DIR: z.string().min(1).default(`${dataRoot}/attachments`),
  /**
   * Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed: a comma list of addresses
   * and CIDRs (IPv4, IPv6), e.g. "127.0.0.1,::1" for nginx on the same host. Empty: no one.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, ctx): TrustedProxies => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // A URL given for this process wins over the local cluster's file (.data/local.env).
  const appUrl = source.APP_DATABASE_URL || (readDatabaseUrls(source)?.app ?? undefined);
  const result = schema.safeParse({ ...source, APP_DATABASE_URL: appUrl });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return result.data;
}
