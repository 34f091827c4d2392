// The routes to fuzz, read from the Hono app itself (never a hand list that goes stale), each
// with who may call it from the access table.
import type { createApp } from '@ntm/api/app';
import { accessRules, type Rule } from '@ntm/api/auth/access-rules';
import { userRoles } from '@ntm/db/schema/values';

/** Who a fuzz request is sent as: a demo account of each role, or nobody. */
export const fuzzRoles = ['anonymous', ...userRoles] as const;
export type FuzzRole = (typeof fuzzRoles)[number];

export type FuzzRoute = {
  method: string;
  /** As Hono registered it: `/api/tips/:id`, `/api/exports/:file{tips\..+}`. */
  path: string;
  /** `METHOD /path`, the access table's key. */
  key: string;
  /** The roles the access table admits (anonymous only for public routes). */
  admitted: readonly FuzzRole[];
};

function admittedBy(rule: Rule | undefined): readonly FuzzRole[] {
  if (rule === 'public') return fuzzRoles;
  if (rule === 'signed-in') return userRoles;
  return rule ?? [];
}

/** Every API handler the app serves, once each, in registration order. */
export function apiRoutes(app: ReturnType<typeof createApp>): FuzzRoute[] {
  const seen = new Set<string>();
  const routes: FuzzRoute[] = [];
  for (const { method, path } of app.routes) {
    // Middleware registers as ALL; the web app's fallback lives outside /api.
    if (method === 'ALL' || !path.startsWith('/api/')) continue;
    const key = `${method} ${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({ method, path, key, admitted: admittedBy(accessRules[key]) });
  }
  return routes;
}
