import { randomBytes } from 'node:crypto';
import type { Sql } from '@ntm/db/client';
import {
  endAccess,
  getUser,
  insertUser,
  listUsers,
  setPassword,
  type UserFields,
  type UserInfo,
  updateUser,
  usernameTaken,
  villageExists,
} from '@ntm/db/queries/users';
import { userRoles } from '@ntm/db/schema/values';
import { Hono } from 'hono';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { idParam, idPath } from '../schemas/geojson';

const fields = {
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(userRoles),
  /** Required for the village role, refused for the others. */
  villageId: idParam.nullable().default(null),
  active: z.boolean().default(true),
};
const createBody = z.strictObject({
  username: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{2,39}$/,
      'chữ thường không dấu, số, dấu chấm, gạch ngang; 3–40 ký tự',
    ),
  ...fields,
});
const updateBody = z
  .strictObject({
    displayName: fields.displayName.optional(),
    role: fields.role.optional(),
    villageId: idParam.nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Không có gì để cập nhật' });

/** 12 random bytes as base64url: 16 characters, given to the person once. */
const temporaryPassword = () => randomBytes(12).toString('base64url');

async function assertVillageRule(
  sql: Sql,
  communeCode: string,
  user: { role: string; villageId: number | null },
) {
  if (user.role === 'village' && user.villageId === null) {
    throw new ApiError(422, 'village-required', 'Trưởng thôn phải gắn với một thôn');
  }
  if (user.role !== 'village' && user.villageId !== null) {
    throw new ApiError(422, 'village-not-allowed', 'Chỉ tài khoản trưởng thôn mới gắn với thôn');
  }
  if (user.villageId !== null && !(await villageExists(sql, communeCode, user.villageId))) {
    throw new ApiError(422, 'unknown-village', 'Thôn không tồn tại');
  }
}

/** The account just inserted or updated in this transaction: always there. */
async function userJustWritten(tx: Sql, communeCode: string, id: number): Promise<UserInfo> {
  return orNotFound(await getUser(tx, communeCode, id), 'Tài khoản');
}

export const users = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { sql, env } = c.get('deps');
    return c.json({ users: await listUsers(sql, env.COMMUNE_CODE) });
  })
  .post('/', validate('json', createBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const user = await inTransaction(c, async (tx) => {
      await assertVillageRule(tx, source.communeCode, body);
      if (await usernameTaken(tx, body.username)) {
        throw new ApiError(409, 'username-taken', 'Tên đăng nhập đã có người dùng');
      }
      const id = await insertUser(tx, source.communeCode, { ...body, passwordHash });
      await recordAudit(tx, source, 'create', 'user', id, { after: body });
      return userJustWritten(tx, source.communeCode, id);
    });
    // The temporary password is shown this once; only its hash is kept.
    return c.json({ user, temporaryPassword: password }, 201);
  })
  .patch('/:id', ...rowAndBody(updateBody), async (c) => {
    const { now } = c.get('deps');
    const { source, id, body: patch } = rowWrite(c);
    const user = await inTransaction(c, async (tx) => {
      const before = orNotFound(await getUser(tx, source.communeCode, id), 'Tài khoản');
      const after: Omit<UserFields, 'username'> = {
        displayName: patch.displayName ?? before.displayName,
        role: patch.role ?? before.role,
        villageId:
          patch.villageId !== undefined
            ? patch.villageId
            : patch.role && patch.role !== 'village'
              ? null
              : before.villageId,
        active: patch.active ?? before.active,
      };
      if (id === source.userId && (!after.active || after.role !== 'admin')) {
        throw new ApiError(
          409,
          'own-account',
          'Không thể tự khoá hoặc tự bỏ quyền quản trị của mình',
        );
      }
      await assertVillageRule(tx, source.communeCode, after);
      await updateUser(tx, id, after);
      // Less access or none: whatever was open under the old rights ends now.
      if (!after.active || after.role !== before.role || after.villageId !== before.villageId) {
        await endAccess(tx, id, now());
      }
      const diff = changedFields(before, after);
      await recordAudit(tx, source, 'update', 'user', id, diff);
      return userJustWritten(tx, source.communeCode, id);
    });
    return c.json({ user });
  })
  .post('/:id/password', validate('param', idPath), async (c) => {
    const { now } = c.get('deps');
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    await inTransaction(c, async (tx) => {
      if (!(await getUser(tx, source.communeCode, id))) throw notFound('Tài khoản');
      await setPassword(tx, id, passwordHash, true);
      await endAccess(tx, id, now());
      await recordAudit(tx, source, 'update', 'user', id, { password: 'reset' });
    });
    return c.json({ temporaryPassword: password });
  });
