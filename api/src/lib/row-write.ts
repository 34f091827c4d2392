import type { Context } from 'hono';
import type { z } from 'zod';
import { idPath } from '../schemas/geojson';
import type { AppEnv } from './app-env';
import { auditSource } from './audit-context';
import { validate } from './validate';

/** The checks of a write to one row: its `/:id` and the JSON body, spread into the route. */
export const rowAndBody = <Body extends z.ZodType>(body: Body) =>
  [validate('param', idPath), validate('json', body)] as const;

/** What a write to one row starts from: who writes (as the audit records it), the row, the body. */
export function rowWrite<Body>(
  c: Context<AppEnv, string, { out: { param: { id: number }; json: Body } }>,
) {
  return { source: auditSource(c), id: c.req.valid('param').id, body: c.req.valid('json') };
}
