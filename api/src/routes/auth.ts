import {
  type Account,
  clearFailedLogins,
  createSession,
  endSession,
  findAccountForLogin,
  recordFailedLogin,
} from '@ntm/db/queries/accounts';
import { endAccess, getPasswordHash, setPassword } from '@ntm/db/queries/users';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../auth/passwords';
import {
  absoluteTimeoutMs,
  clearSessionCookie,
  hashSecret,
  newSecret,
  readSessionId,
  writeSessionCookie,
} from '../auth/session-cookie';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { type AuditSource, auditSource, recordAudit } from '../lib/audit-context';
import { validate } from '../lib/validate';

const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** A new password: long enough to resist guessing, and not the account's own name. */
const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'Mật khẩu mới cần ít nhất 10 ký tự').max(200),
});

/** GET /api/auth/me and the login answer: who, which role, which village, what must happen. */
const whoAmI = (a: Account) => ({
  user: { id: a.id, username: a.username, displayName: a.displayName },
  role: a.role,
  village: a.villageId === null ? null : { id: a.villageId, name: a.villageName ?? '' },
  mustChangePassword: a.mustChangePassword,
});

function tooMany(c: Context, code: string, message: string, retryAfterSeconds: number) {
  c.header('Retry-After', String(Math.max(1, retryAfterSeconds)));
  return new ApiError(429, code, message, { retryAfterSeconds });
}

type LoginOutcome = { kind: 'ok'; account: Account; sessionId: string } | { kind: 'wrong' };

/**
 * The one answer for every failed login: unknown name, wrong password, or a try refused while
 * the name and address wait out their delay (login-throttle.ts). Nothing in it says whether the
 * account exists or how many tries are left.
 */
/** The audit source of a login or logout: the account it is about, not yet (or no more) signed in. */
const asAccount = (source: AuditSource, account: { id: number; role: AuditSource['role'] }) => ({
  ...source,
  userId: account.id,
  role: account.role,
});

const loginFailed = () =>
  new ApiError(
    401,
    'invalid-credentials',
    'Tên đăng nhập hoặc mật khẩu không đúng, hoặc đã thử sai quá nhiều lần: vui lòng kiểm tra và thử lại sau ít phút',
  );

export const auth = new Hono<AppEnv>()
  .post('/login', validate('json', loginBody), async (c) => {
    const { sql, now, loginLimiter, loginThrottle } = c.get('deps');
    const address = c.get('clientAddress') ?? 'local';
    const limit = await loginLimiter.hit(address);
    if (!limit.allowed) {
      throw tooMany(
        c,
        'rate-limited',
        'Quá nhiều lần đăng nhập, vui lòng thử lại sau',
        limit.retryAfterSeconds,
      );
    }
    const { username, password } = c.req.valid('json');
    if (!(await loginThrottle.mayTry(username, address))) throw loginFailed();
    const source = auditSource(c);
    const previous = readSessionId(c);
    // The outcome leaves the transaction as a value, so a failed attempt is still counted.
    const outcome = await sql.begin(async (tx): Promise<LoginOutcome> => {
      const at = now();
      const account = await findAccountForLogin(tx, source.communeCode, username);
      if (!(await verifyPassword(account?.passwordHash ?? null, password)) || !account) {
        if (account) {
          await recordFailedLogin(tx, account.id);
          await recordAudit(
            tx,
            asAccount(source, account),
            'login-failed',
            'user',
            account.id,
            null,
          );
        }
        return { kind: 'wrong' };
      }
      await clearFailedLogins(tx, account.id);
      if (previous) {
        await endSession(tx, hashSecret(previous), at);
      }
      const sessionId = newSecret();
      await createSession(tx, {
        idHash: hashSecret(sessionId),
        communeCode: source.communeCode,
        userId: account.id,
        now: at,
        expiresAt: new Date(at.getTime() + absoluteTimeoutMs),
      });
      await recordAudit(tx, asAccount(source, account), 'login', 'user', account.id, null);
      return { kind: 'ok', account, sessionId };
    });
    if (outcome.kind === 'wrong') {
      await loginThrottle.failed(username, address);
      throw loginFailed();
    }
    await loginThrottle.succeeded(username, address);
    writeSessionCookie(c, outcome.sessionId);
    return c.json(whoAmI(outcome.account));
  })
  .post('/logout', async (c) => {
    const { sql, now } = c.get('deps');
    const account = c.get('account');
    const idHash = c.get('sessionIdHash');
    const source = auditSource(c);
    if (account && idHash) {
      await sql.begin(async (tx) => {
        await endSession(tx, idHash, now());
        await recordAudit(tx, asAccount(source, account), 'logout', 'user', account.id, null);
      });
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/me', (c) => c.json(whoAmI(c.get('account') as Account)))
  /**
   * The user's own password change (after an admin's create or reset, the only thing the
   * account may do). Other sessions and tokens end; this one stays signed in.
   */
  .post('/password', validate('json', passwordBody), async (c) => {
    const { now } = c.get('deps');
    const account = c.get('account') as Account;
    const source = auditSource(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    if (newPassword === currentPassword) {
      throw new ApiError(422, 'password-unchanged', 'Mật khẩu mới phải khác mật khẩu hiện tại');
    }
    if (newPassword.toLowerCase().includes(account.username.toLowerCase())) {
      throw new ApiError(422, 'password-weak', 'Mật khẩu mới không được chứa tên đăng nhập');
    }
    const hash = await hashPassword(newPassword);
    const sessionIdHash = c.get('sessionIdHash');
    const changed = await inTransaction(c, async (tx) => {
      if (!(await verifyPassword(await getPasswordHash(tx, account.id), currentPassword))) {
        return false;
      }
      await setPassword(tx, account.id, hash, false);
      await endAccess(tx, account.id, now(), sessionIdHash);
      await recordAudit(tx, source, 'update', 'user', account.id, {
        password: 'changed by the user',
      });
      return true;
    });
    if (!changed) {
      throw new ApiError(422, 'wrong-password', 'Mật khẩu hiện tại không đúng');
    }
    return c.json(whoAmI({ ...account, mustChangePassword: false }));
  });
