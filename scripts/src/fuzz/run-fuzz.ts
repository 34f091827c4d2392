// The fuzz run: signs in as every role once, sends `n` seeded requests one at a time, and
// checks every answer (no 5xx, no stack or SQL text, no personal data the role may not see)
// and every refused one (no row changed). The same engine serves the test and `pnpm fuzz`.
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import type postgres from 'postgres';
import { leaksIn } from './answer-checks';
import { loadCanaries } from './canaries';
import { type FuzzRequest, planRequest } from './corpus';
import { hasExample } from './examples';
import { changedTables, fingerprinter, tablesToFingerprint } from './fingerprint';
import { capturePoolOf, idsInAnswer, loadIdPools } from './id-pools';
import { type FuzzRole, type FuzzRoute, fuzzRoles } from './route-table';

/** Where requests go: the app in-process (`app.request`) or a running server (`fetch`). */
export type FuzzTarget = {
  send: (path: string, init: RequestInit) => Promise<Response>;
  /** The server's own origin, as a browser sends it (the CSRF check looks at it). */
  origin: string;
};

export type Finding = {
  kind: 'server-error' | 'leak' | 'rows-changed' | 'no-answer' | 'open-transaction';
  method: string;
  url: string;
  role: FuzzRole;
  mutation: string;
  body: string;
  status: number | null;
  answer: string;
  detail: string;
};

export type FuzzSummary = {
  seed: number;
  requests: number;
  byStatusClass: Record<string, number>;
  serverErrors: number;
  leaks: number;
  rowsChangedAfterRefusal: number;
  noAnswer: number;
  /** Answers after which a transaction of the app stayed open (a connection held for good). */
  openTransactions: number;
  /** Refused answers checked by a full fingerprint (the others left the transaction id still). */
  fingerprintChecks: number;
  routes: number;
  routesWithExample: number;
  canaries: number;
  auditChain: { ok: boolean; entries?: number; brokenAt?: number };
  seconds: number;
  findings: Finding[];
};

export type FuzzOptions = {
  n: number;
  seed: number;
  /** The database as its owner: ids, canaries, fingerprints and the audit chain. */
  sql: postgres.Sql;
  target: FuzzTarget;
  routes: FuzzRoute[];
  password: string;
  /** Called every `progressEvery` requests (the CLI prints a line; the test stays quiet). */
  onProgress?: (done: number, summary: FuzzSummary) => void;
  progressEvery?: number;
  /** Called with each finding as it is found (the CLI prints it at once). */
  onFinding?: (finding: Finding) => void;
  /** Most findings kept in full (all are counted). */
  maxFindings?: number;
};

/**
 * Refused requests that write on purpose, and what they may touch: a wrong password for a
 * known account counts the failure on the account and is audited (ASVS V7: failed logins are
 * logged). Nothing else refused may change a row.
 */
const refusalsThatWrite: Record<string, { tables: string[] }> = {
  'POST /api/auth/login': { tables: ['public.users', 'public.audit_log'] },
};

const roleAccounts: Record<Exclude<FuzzRole, 'anonymous' | 'village'>, string> = {
  leadership: 'lanhdao',
  police: 'congan',
  health: 'tramyte',
  culture: 'vanhoa',
  admin: 'admin',
};

/** Routes sent without the role's session: logging in or out would end it for the rest of the run. */
const sessionless = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);

const printable = (text: string, max = 200) =>
  // JSON's escapes show control characters and lone surrogates as text (\u0000, \ud800).
  JSON.stringify(text.slice(0, max)).slice(1, -1);

function bodyExcerpt(body: FuzzRequest['body']): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return printable(body);
  return `multipart: ${[...body.keys()].join(', ')}`;
}

const textual = /json|text|csv|xml|gpx|html|javascript/i;

async function signIn(target: FuzzTarget, username: string, password: string) {
  const response = await target.send('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: target.origin },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) {
    throw new Error(`signing in as ${username}: ${response.status} ${await response.text()}`);
  }
  const answer = (await response.json()) as { village: { id: number } | null };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, villageId: answer.village?.id ?? null };
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const { sql, target, routes, seed } = options;
  const started = performance.now();
  const maxFindings = options.maxFindings ?? 100;

  // One session per role for the whole run (the login limit and throttle allow few logins).
  const [head] = await sql<[{ username: string }]>`
    select username from users where role = 'village' and active order by village_id, id limit 1`;
  const cookies = new Map<FuzzRole, string>();
  let villageOfHead: number | null = null;
  for (const [role, username] of Object.entries({ ...roleAccounts, village: head.username })) {
    const session = await signIn(target, username, options.password);
    cookies.set(role as FuzzRole, session.cookie);
    if (role === 'village') villageOfHead = session.villageId;
  }

  const canaries = await loadCanaries(sql, villageOfHead);
  // The planted business is never a target by id: what the run writes about it would keep it.
  const pools = await loadIdPools(sql, {
    businesses: canaries.planted.businessId === null ? [] : [canaries.planted.businessId],
  });
  const fingerprint = fingerprinter(sql, await tablesToFingerprint(sql));
  let baseline = await fingerprint.take();
  let watermark = await fingerprint.watermark();
  const stuckConnections = new Set<number>();

  const summary: FuzzSummary = {
    seed,
    requests: 0,
    byStatusClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
    serverErrors: 0,
    leaks: 0,
    rowsChangedAfterRefusal: 0,
    noAnswer: 0,
    openTransactions: 0,
    fingerprintChecks: 0,
    routes: routes.length,
    routesWithExample: routes.filter((r) => hasExample(r.key)).length,
    canaries: canaries.count,
    auditChain: { ok: false },
    seconds: 0,
    findings: [],
  };
  const report = (
    request: FuzzRequest,
    finding: Omit<Finding, 'method' | 'url' | 'role' | 'mutation' | 'body'>,
  ) => {
    const full: Finding = {
      method: request.method,
      url: printable(request.url, 300),
      role: request.role,
      mutation: request.mutation,
      body: bodyExcerpt(request.body),
      ...finding,
    };
    options.onFinding?.(full);
    if (summary.findings.length < maxFindings) summary.findings.push(full);
  };

  try {
    for (let index = 0; index < options.n; index += 1) {
      if (options.onProgress && index > 0 && index % (options.progressEvery ?? 1000) === 0) {
        options.onProgress(index, summary);
      }
      const request = planRequest(index, { seed, routes, pools, origin: target.origin });
      const headers = new Headers(request.headers);
      const cookie = cookies.get(request.role);
      const key = request.route.key;
      if (
        cookie &&
        !headers.has('cookie') &&
        !headers.has('authorization') &&
        !sessionless.has(key)
      )
        headers.set('cookie', cookie);
      summary.requests += 1;
      let status: number;
      let text = '';
      let contentType = '';
      try {
        const response = await target.send(request.url, {
          method: request.method,
          headers,
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        status = response.status;
        contentType = response.headers.get('content-type') ?? '';
        if (request.abandon && response.body) {
          const reader = response.body.getReader();
          await reader.read();
          await reader.cancel();
        } else {
          text = textual.test(contentType) || contentType === '' ? await response.text() : '';
          if (!text) await response.arrayBuffer().catch(() => undefined);
        }
      } catch (error) {
        summary.noAnswer += 1;
        report(request, {
          kind: 'no-answer',
          status: null,
          answer: '',
          detail: printable(describeError(error)),
        });
        continue;
      }
      /** A finding about this answer: what went wrong, with the answer's status and text. */
      const reportAnswer = (kind: Finding['kind'], detail: string) =>
        report(request, { kind, status, answer: printable(text), detail });
      const statusClass = `${Math.floor(status / 100)}xx`;
      summary.byStatusClass[statusClass] = (summary.byStatusClass[statusClass] ?? 0) + 1;
      if (status >= 500) {
        summary.serverErrors += 1;
        reportAnswer('server-error', '');
      }
      const leaks = leaksIn(text, status, request.role, canaries);
      if (leaks.length > 0) {
        summary.leaks += 1;
        reportAnswer('leak', leaks.map((l) => `${l.kind}: ${printable(l.what, 80)}`).join('; '));
      }
      // Successful writes grow the id pools, so later requests reach what the run made.
      if (status < 300 && request.method === 'POST' && /json/.test(contentType)) {
        const pool = capturePoolOf(request.route.path);
        const { ids, trackingCode } = idsInAnswer(safeJson(text));
        if (pool) for (const id of ids) pools.add(pool, id);
        if (trackingCode) pools.add('public/tips', trackingCode);
      }
      // Rows: an accepted answer may change them (a new baseline); a refused one may not.
      const stuck = await fingerprint.quiet(stuckConnections);
      if (stuck.length > 0) {
        for (const pid of stuck) stuckConnections.add(pid);
        summary.openTransactions += 1;
        reportAnswer(
          'open-transaction',
          `${stuck.length} connection(s) of the app still in a transaction 5 s after the answer`,
        );
      }
      const next = await fingerprint.watermark();
      if (next === watermark) continue;
      watermark = next;
      const now = await fingerprint.take();
      if (status >= 400) {
        summary.fingerprintChecks += 1;
        const allowed = refusalsThatWrite[key]?.tables ?? [];
        const changed = changedTables(baseline, now).filter(
          (line) => !allowed.includes(line.split(' ')[0] ?? ''),
        );
        if (changed.length > 0) {
          summary.rowsChangedAfterRefusal += 1;
          reportAnswer('rows-changed', changed.join('; '));
        }
      }
      baseline = now;
    }
  } finally {
    await canaries.remove();
  }
  const chain = await verifyAuditChain(sql);
  summary.auditChain = chain.ok
    ? { ok: true, entries: chain.entries }
    : { ok: false, brokenAt: chain.brokenAt };
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  return summary;
}

/** fetch's "fetch failed" says nothing alone: its cause names the socket's error. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause =
    error.cause instanceof Error
      ? `: ${(error.cause as Error & { code?: string }).code ?? ''} ${error.cause.message}`
      : '';
  return `${error.message}${cause}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Whether a run found nothing: no 5xx, no leak, no row changed by a refusal, every answer came. */
export const isClean = (s: FuzzSummary) =>
  s.serverErrors === 0 &&
  s.leaks === 0 &&
  s.rowsChangedAfterRefusal === 0 &&
  s.noAnswer === 0 &&
  s.openTransactions === 0 &&
  s.auditChain.ok;

/** One finding: method, path, role, mutation, status, then the body and the answer's start. */
export function formatFinding(f: Finding): string {
  return [
    `  ${f.kind}: ${f.method} ${f.url} as ${f.role} [${f.mutation}] → ${f.status ?? '-'}${f.detail ? ` (${f.detail})` : ''}`,
    `    body: ${f.body || '-'}`,
    `    answer: ${f.answer || '-'}`,
  ].join('\n');
}

/** The summary as lines for a log: counts first, then each finding. */
export function formatSummary(s: FuzzSummary): string {
  const lines = [
    `fuzz: ${s.requests} requests, seed ${s.seed}, ${s.seconds} s`,
    `  by status: ${Object.entries(s.byStatusClass)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  5xx: ${s.serverErrors}, leaks: ${s.leaks}, rows changed after refusal: ${s.rowsChangedAfterRefusal}, no answer: ${s.noAnswer}, transactions left open: ${s.openTransactions}`,
    `  routes: ${s.routes} (${s.routesWithExample} with a valid example), roles: ${fuzzRoles.length}, canaries: ${s.canaries}, refusals fingerprinted: ${s.fingerprintChecks}`,
    `  audit chain: ${s.auditChain.ok ? `intact (${s.auditChain.entries} entries)` : `BROKEN at #${s.auditChain.brokenAt}`}`,
  ];
  for (const f of s.findings) lines.push(formatFinding(f));
  return lines.join('\n');
}
