import { nameOf, roleNames } from '@ntm/domain/catalogue/vi-names';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { accessRules, allowedWithTemporaryPassword, ruleAllows } from './access-rules';

/** `METHOD /path` of the handler this request reached, as `accessRules` names it. */
function routeKey(c: Parameters<typeof matchedRoutes>[0]): string | null {
  // Only API and OGC API handlers: the web app's `GET *` fallback matches every path too. The
  // first one answers (`/api/tips/summary` before `/api/tips/:id`, which also matches).
  const handler = matchedRoutes(c).find(
    (r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || /^\/ogc(?:\/|$)/.test(r.path)),
  );
  return handler ? `${handler.method} ${handler.path}` : null;
}

/** Applies `accessRules`: 401 without a session, 403 with the reason when the role may not. */
export const authorize = createMiddleware<AppEnv>(async (c, next) => {
  const key = routeKey(c);
  if (key === null) return next(); // no such route: the 404 answers
  const rule = accessRules[key];
  if (rule === 'public') return next();
  const account = c.get('account');
  if (!account) {
    if (c.req.header('authorization') !== undefined) {
      throw new ApiError(
        401,
        'invalid-token',
        'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi',
      );
    }
    throw c.get('sessionExpired')
      ? new ApiError(401, 'session-expired', 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại')
      : new ApiError(401, 'unauthenticated', 'Cần đăng nhập');
  }
  if (account.mustChangePassword && !allowedWithTemporaryPassword.includes(key)) {
    throw new ApiError(
      403,
      'password-change-required',
      'Cần đổi mật khẩu tạm thời trước khi dùng hệ thống',
    );
  }
  if (rule === undefined) {
    throw new ApiError(403, 'forbidden', 'Chức năng này chưa được cấp quyền cho vai trò nào');
  }
  if (!ruleAllows(rule, account.role)) {
    const who = nameOf(roleNames, account.role);
    throw new ApiError(403, 'forbidden', `Vai trò ${who} không được dùng chức năng này`);
  }
  return next();
});
