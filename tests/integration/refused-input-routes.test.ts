// Every route of the access table, called by a role it admits, with a NUL, a lone surrogate
// and the year 0000 in its path, query and body: never a 5xx, never PostgreSQL's text, and a
// refused request leaves the audit trail as it was.
import { accessRules, type Rule } from '@ntm/api/auth/access-rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const usernames: Record<string, string> = {
  leadership: 'lanhdao',
  police: 'congan',
  health: 'tramyte',
  culture: 'vanhoa',
  admin: 'admin',
};
const apps = {
  anonymous: testApp({ as: null }),
  ...Object.fromEntries(
    Object.entries(usernames).map(([role, name]) => [role, testApp({ as: name })]),
  ),
} as Record<string, ReturnType<typeof testApp>>;
const { sql } = apps.anonymous as ReturnType<typeof testApp>;

let villageApp: ReturnType<typeof testApp>;
beforeAll(async () => {
  const [row] = await sql<[{ slug: string }]>`select slug from villages order by id limit 1`;
  villageApp = testApp({ as: `thon-${row.slug}` });
  // Sign everyone in first: a login writes to the audit log.
  for (const app of [...Object.values(apps), villageApp]) await app.request('/api/auth/me');
});

function appFor(rule: Rule) {
  if (rule === 'public') return apps.anonymous as ReturnType<typeof testApp>;
  if (rule === 'signed-in') return apps.police as ReturnType<typeof testApp>;
  const role = rule.find((r) => r !== 'village');
  return role ? (apps[role] as ReturnType<typeof testApp>) : villageApp;
}

const auditCount = async () =>
  (await sql<[{ n: number }]>`select count(*)::int as n from audit_log`)[0].n;

const leak =
  /select |insert |update |delete from|invalid byte sequence|out of range|SQLSTATE|\.ts:\d+/i;

type Variant = { name: string; path: (p: string) => string; query: string; body: string };
const variants: Variant[] = [
  {
    name: 'a NUL',
    path: (p) => p.replaceAll(/:\w+/g, '1%00'),
    query: '?from=2026-01-01&name=a%00b&q=%00',
    body: '{"name":"a\\u0000b","reason":"x\\u0000y","description":"\\u0000","title":"t\\u0000"}',
  },
  {
    name: 'a lone surrogate',
    path: (p) => p.replaceAll(/:\w+/g, '%ED%A0%80'),
    query: '?name=%ED%A0%80',
    body: '{"name":"a\\ud800b","reason":"x\\udc00y","description":"\\ud83d","title":"\\udfff"}',
  },
  {
    name: 'the year 0000',
    path: (p) => p.replaceAll(/:\w+/g, '999999999'),
    query: '?from=0000-01-01&to=0000-12-31T00:00:00%2B16:00&asOf=0000-01-01&on=0000-01-01',
    body: '{"from":"0000-01-01","to":"0000-01-01","at":"0000-01-01T00:00:00+07:00","plannedAt":"2026-01-01T00:00:00+16:00","receivedAt":"0000-01-01T00:00:00Z"}',
  },
];

// Ending the session or changing the password would take the account away from later routes.
const sessionEnders = new Set(['POST /api/auth/logout', 'POST /api/auth/password']);

describe.each(variants)('every route with $name', (variant) => {
  it.each(Object.keys(accessRules).filter((route) => !sessionEnders.has(route)))(
    '%s',
    async (route) => {
      const [method, path] = route.split(' ') as [string, string];
      const app = appFor(accessRules[route] as Rule);
      const before = await auditCount();
      const url = `${variant.path(path)}${variant.query}`;
      const response =
        method === 'GET'
          ? await app.request(url)
          : await app.request(url, {
              method,
              headers: { 'content-type': 'application/json' },
              body: variant.body,
            });
      const text = await response.text();
      expect(response.status, text).toBeLessThan(500);
      expect(text).not.toMatch(leak);
      if (response.status >= 400) expect(await auditCount()).toBe(before);
    },
  );
});
