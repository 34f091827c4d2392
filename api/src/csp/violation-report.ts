/** What the server keeps of one violation: the directive and where the refused thing came from. */
export type Violation = { directive: string; blockedUri: string };

/** At most this many violations are read from one report (the Reporting API batches them). */
const maxViolations = 20;

/** `script-src-elem`, `img-src`, …: lowercase words and hyphens, nothing else is logged. */
const directivePattern = /^[a-z][a-z-]{0,39}$/;
/** What browsers write instead of a URL: `inline`, `eval`, `data`, `blob`, `wasm-eval`, … */
const keywordPattern = /^[a-z][a-z-]{0,29}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The blocked URI as it may be logged: a URL without its query, fragment and credentials
 * (a query may carry a token, a tracking code or a search); a browser keyword as it is;
 * anything else as "-", so no text a client chose ever reaches the log.
 */
export function loggableUri(raw: string): string {
  if (keywordPattern.test(raw)) return raw;
  try {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return url.protocol.slice(0, -1);
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'wss:') {
      return '-';
    }
    return `${url.origin}${url.pathname}`.slice(0, 200);
  } catch {
    return '-';
  }
}

function violation(directive: string, blockedUri: string): Violation | null {
  const name = directive.trim().split(/\s+/)[0] ?? '';
  if (!directivePattern.test(name)) return null;
  return { directive: name, blockedUri: loggableUri(blockedUri) };
}

/**
 * The violations in a report body, whichever way the browser sent it: `report-uri`'s
 * `{ "csp-report": { "effective-directive", "violated-directive", "blocked-uri", … } }`, or the
 * Reporting API's `[{ "type": "csp-violation", "body": { effectiveDirective, blockedURL, … } }]`.
 * Anything else (other report types, malformed entries) is left out.
 */
export function readViolations(body: unknown): Violation[] {
  const found: Violation[] = [];
  if (isObject(body) && isObject(body['csp-report'])) {
    const report = body['csp-report'];
    const directive = text(report['effective-directive']) || text(report['violated-directive']);
    const one = violation(directive, text(report['blocked-uri']));
    if (one) found.push(one);
  } else if (Array.isArray(body)) {
    for (const entry of body.slice(0, maxViolations)) {
      if (!isObject(entry) || entry.type !== 'csp-violation' || !isObject(entry.body)) continue;
      const one = violation(text(entry.body.effectiveDirective), text(entry.body.blockedURL));
      if (one) found.push(one);
    }
  }
  return found;
}
