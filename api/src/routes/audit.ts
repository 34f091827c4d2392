import { auditActions } from '@ntm/db/queries/audit';
import { listAudit } from '@ntm/db/queries/audit-list';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Role } from '../auth/access-rules';
import { redactAuditDiff } from '../auth/redact-audit-diff';
import type { AppEnv } from '../lib/app-env';
import { validate } from '../lib/validate';
import { idParam } from '../schemas/geojson';
import { instantParam } from '../schemas/instant';

const query = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  user: idParam.optional(),
  action: z.enum(auditActions).optional(),
  from: instantParam.optional(),
  to: instantParam.optional(),
  before: idParam.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * The audit trail for the admin: newest first, filtered, paged with `before` (next = last id).
 * Each diff keeps its field names; its values only where the reader's role may read them.
 */
export const audit = new Hono<AppEnv>().get('/', validate('query', query), async (c) => {
  const { sql, env } = c.get('deps');
  const q = c.req.valid('query');
  const role = c.get('account')?.role as Role;
  const stored = await listAudit(sql, {
    communeCode: env.COMMUNE_CODE,
    entity: q.entity,
    entityId: q.entityId,
    userId: q.user,
    action: q.action,
    from: q.from,
    to: q.to,
    before: q.before,
    limit: q.limit,
  });
  const entries = stored.map((e) => ({ ...e, diff: redactAuditDiff(e.entity, e.diff, role) }));
  const last = entries.at(-1);
  return c.json({ entries, next: entries.length === q.limit && last ? last.id : null });
});
