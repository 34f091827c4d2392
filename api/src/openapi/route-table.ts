// The API's operations read off the composed app: each `METHOD /path` with the inputs its
// middleware checks (lib/validate.ts tags them), so a route added with validate() is described
// without anyone listing it here.
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { type CheckedInput, checkedInputOf } from '../lib/validate';

/** What Hono's `app.routes` holds: one entry per handler or middleware. */
export type AppRoute = { method: string; path: string; handler: unknown };

export type Operation = {
  method: string;
  /** As Hono writes it: `/api/tips/:id`. */
  honoPath: string;
  /** As OpenAPI writes it: `/api/tips/{id}`. */
  path: string;
  /** Path parameters in order, with the pattern Hono matches them against, if any. */
  pathParams: PathParam[];
  inputs: Partial<Record<keyof ValidationTargets, z.ZodType>>;
};

export type PathParam = { name: string; pattern?: string };

/**
 * `/api/tips/:id` → `/api/tips/{id}`; `/:file{[0-9]+\.gpx}` → `/{file}` with the pattern
 * anchored as JSON Schema reads it; `:id?` (optional in Hono) is still a path parameter.
 */
export function openApiPath(honoPath: string): { path: string; params: PathParam[] } {
  const params: PathParam[] = [];
  const path = honoPath
    .split('/')
    .map((segment) => {
      const match = /^:([A-Za-z0-9_-]+)(?:\{(.+)\})?\??$/.exec(segment);
      if (!match) return segment;
      const [, name = '', pattern] = match;
      params.push(pattern ? { name, pattern: `^${pattern}$` } : { name });
      return `{${name}}`;
    })
    .join('/');
  return { path, params };
}

/**
 * The operations under `prefix` (`/api/`), in the order they were registered: middleware
 * mounted with `use` (method ALL) and catch-alls (`*`) are not operations; every handler of one
 * method and path adds the inputs it checks.
 */
export function operationsOf(routes: readonly AppRoute[], prefix: string): Operation[] {
  const found = new Map<string, Operation>();
  for (const route of routes) {
    if (route.method === 'ALL' || !route.path.startsWith(prefix) || route.path.includes('*')) {
      continue;
    }
    const key = `${route.method} ${route.path}`;
    let operation = found.get(key);
    if (!operation) {
      const { path, params } = openApiPath(route.path);
      operation = {
        method: route.method,
        honoPath: route.path,
        path,
        pathParams: params,
        inputs: {},
      };
      found.set(key, operation);
    }
    const input: CheckedInput | undefined = checkedInputOf(route.handler);
    if (input) operation.inputs[input.target] = input.schema;
  }
  return [...found.values()];
}
