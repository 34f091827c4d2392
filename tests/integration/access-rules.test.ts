import { accessRules, type Rule } from '@ntm/api/auth/access-rules';
import { userRoles } from '@ntm/db/schema/values';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, testApp } from '../helpers/test-app';

// With the web app served, as in production: its `GET *` fallback must not hide the API routes.
const { app, sql } = testApp({
  as: null,
  withWeb: true,
  loginLimit: { max: 1_000, windowMs: 60_000 },
});

/**
 * Every API and OGC API route the app serves, as `METHOD /path` (catch-alls and middleware left
 * out).
 */
const routes = [
  ...new Set(
    app.routes
      .filter(
        (r) =>
          r.method !== 'ALL' &&
          (r.path.startsWith('/api/') || /^\/ogc(?:\/|$)/.test(r.path)) &&
          !r.path.endsWith('*'),
      )
      .map((r) => `${r.method} ${r.path}`),
  ),
];

const allowed = (rule: Rule, role: string | null) =>
  rule === 'public' || (role !== null && (rule === 'signed-in' || rule.includes(role as never)));

let accounts: Array<{ role: string | null; username: string | null }> = [];
let businessId = 0;

beforeAll(async () => {
  // A business in the village head's own village, so "allowed" means allowed, not out of scope.
  const [row] = await sql<[{ id: number; slug: string }]>`
    select b.id::int, v.slug from businesses b join villages v on v.id = b.village_id order by b.id limit 1`;
  businessId = row.id;
  accounts = [
    { role: null, username: null },
    ...userRoles.map((role) => ({
      role,
      username: {
        leadership: 'lanhdao',
        police: 'congan',
        health: 'tramyte',
        culture: 'vanhoa',
        admin: 'admin',
        village: `thon-${row.slug}`,
      }[role],
    })),
  ];
});

describe('route × role access table', () => {
  it('has a rule for every route and no rule for a route that is gone', () => {
    expect(routes.filter((r) => !(r in accessRules))).toEqual([]);
    expect(Object.keys(accessRules).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers every route for every role (and no session) as the rules say', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const account of accounts) {
      const cookie = account.username ? await login(app, account.username) : '';
      // Logout last: it ends the session the other requests use.
      const ordered = [...routes].sort(
        (a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')),
      );
      for (const route of ordered) {
        const [method, path] = route.split(' ') as [string, string];
        // Writes to users, proposals and deletions aim at an id that does not exist: the access
        // decision comes first, and nothing the other test files rely on changes.
        const unknownId =
          method === 'DELETE' ||
          path.startsWith('/api/users/') ||
          path.startsWith('/api/proposals/');
        const id = unknownId ? '999999999' : String(businessId);
        // A file of a resource is a number with an extension (`:file{[0-9]+\\.gpx}` → `7.gpx`).
        // An export of a layer is its name with a format (`:file{tips\\..+}` → `tips.geojson`).
        const url = path
          .replace(/:\w+\{\[0-9\]\+\\\.(\w+)\}/, `${id}.$1`)
          .replace(/:\w+\{([\w-]+)\\\.\.\+\}/, '$1.geojson')
          .replace(':id', id)
          // The OGC collection every signed-in role reads; its per-role ones: ogc-features.test.
          .replace(':collectionId', 'villages')
          .replace(':featureId', id);
        const response = await app.request(url, {
          method,
          headers: { cookie, origin: 'http://localhost', 'content-type': 'application/json' },
          ...(method === 'GET' ? {} : { body: route.endsWith('/login') ? '{}' : '{}' }),
        });
        // Nobody reads the bodies here: let go of streamed ones (exports hold a transaction).
        await response.body?.cancel();
        const rule = accessRules[route] as Rule;
        const who = account.role ?? 'no session';
        const got = response.status === 401 ? '401' : response.status === 403 ? '403' : 'through';
        const want = allowed(rule, account.role)
          ? 'through'
          : account.role === null
            ? '401'
            : '403';
        outcomes.push(`${who} ${route} → ${got}`);
        expected.push(`${who} ${route} → ${want}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
