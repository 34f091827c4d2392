import { createApiToken, listApiTokens, revokeApiToken } from '@ntm/db/queries/api-tokens';
import { Hono } from 'hono';
import { z } from 'zod';
import { hashSecret, newSecret } from '../auth/session-cookie';
import { ApiError, notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { validate } from '../lib/validate';
import { idParam } from '../schemas/geojson';

const dayMs = 86_400_000;

const createBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Days until it stops working: 1 to 365, 90 by default. */
  expiresInDays: z.number().int().min(1).max(365).default(90),
});

/** The signed-in person, through a cookie session: a token cannot mint or revoke tokens. */
function sessionAccount(c: Parameters<typeof auditSource>[0]) {
  const account = c.get('account');
  if (!account || c.get('authKind') !== 'session') {
    throw new ApiError(
      403,
      'forbidden',
      'Chỉ tạo và thu hồi mã truy cập khi đăng nhập bằng mật khẩu',
    );
  }
  return account;
}

export const apiTokens = new Hono<AppEnv>()
  .get('/', async (c) => {
    const account = sessionAccount(c);
    return c.json({ tokens: await listApiTokens(c.get('deps').sql, account.id) });
  })
  .post('/', validate('json', createBody), async (c) => {
    const account = sessionAccount(c);
    const { sql, now } = c.get('deps');
    const { name, expiresInDays } = c.req.valid('json');
    const source = auditSource(c);
    const token = `ntm_${newSecret()}`;
    const at = now();
    const info = await sql.begin(async (tx) => {
      const created = await createApiToken(tx, {
        communeCode: source.communeCode,
        userId: account.id,
        name,
        tokenHash: hashSecret(token),
        now: at,
        expiresAt: new Date(at.getTime() + expiresInDays * dayMs),
      });
      await recordAudit(tx, source, 'create', 'api-token', created.id, {
        after: { name, expiresAt: created.expiresAt },
      });
      return created;
    });
    // The only time the token itself is ever shown.
    return c.json({ ...info, token }, 201);
  })
  .delete('/:id', validate('param', z.object({ id: idParam })), async (c) => {
    const account = sessionAccount(c);
    const { sql, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const source = auditSource(c);
    await sql.begin(async (tx) => {
      if (!(await revokeApiToken(tx, account.id, id, now()))) throw notFound('Mã truy cập');
      await recordAudit(tx, source, 'delete', 'api-token', id, null);
    });
    return c.body(null, 204);
  });
