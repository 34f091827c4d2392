import { Hono } from 'hono';
import { readViolations, type Violation } from '../csp/violation-report';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';

/** One report is a few hundred bytes; the Reporting API batches a few. */
export const maxCspReportBytes = 16 * 1024;

/** `report-uri` sends `application/csp-report`, the Reporting API `application/reports+json`. */
const reportTypes = /^application\/(csp-report|reports\+json|json)\s*(;|$)/i;

/** The server's log line for one violation: nothing but the directive and the blocked URI. */
function logViolation({ directive, blockedUri }: Violation, requestId: string) {
  console.warn(`[${requestId}] csp violation: ${directive} refused ${blockedUri}`);
}

const tooLarge = () =>
  new ApiError(413, 'payload-too-large', 'Báo cáo vi phạm quá lớn: tối đa 16 KB');

const invalidReport = () =>
  new ApiError(400, 'invalid-report', 'Báo cáo vi phạm chính sách nội dung không hợp lệ');

/**
 * Where browsers report what the Content-Security-Policy refused (csp/content-security-policy.ts),
 * so a deployment learns of it. No session (a report may come from the public tip form or the
 * login page); small, rate limited per address; nothing stored. The log gets the directive and
 * the blocked URI without its query, never the page's address or anything else the report says.
 */
export const cspReports = new Hono<AppEnv>().post('/', async (c) => {
  const { cspReportLimiter, onCspViolation = logViolation } = c.get('deps');
  const verdict = await cspReportLimiter.hit(c.get('clientAddress') ?? 'local');
  if (!verdict.allowed) {
    const seconds = Math.max(1, verdict.retryAfterSeconds);
    c.header('Retry-After', String(seconds));
    throw new ApiError(429, 'rate-limited', 'Quá nhiều báo cáo vi phạm, vui lòng thử lại sau', {
      retryAfterSeconds: seconds,
    });
  }
  if (!reportTypes.test(c.req.header('content-type') ?? '')) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      'Báo cáo vi phạm phải là application/csp-report hoặc application/reports+json',
    );
  }
  // Browsers send the length: a larger body is refused unread. Without one (chunked), the
  // body is read under the app's 1 MB limit and then measured. (Hono's bodyLimit cannot be
  // stacked here: the one check of unstorable text may already have read a JSON body.)
  if (Number(c.req.header('content-length') ?? 0) > maxCspReportBytes) throw tooLarge();
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxCspReportBytes) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidReport();
  }
  const violations = readViolations(body);
  if (violations.length === 0) throw invalidReport();
  for (const violation of violations) onCspViolation(violation, c.get('requestId') ?? '-');
  return c.body(null, 204);
});
