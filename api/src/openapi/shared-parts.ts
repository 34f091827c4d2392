// What both documents say the same way: the one error shape and the two ways to sign in.
import { sessionCookie } from '../auth/session-cookie';

/** The body of every error (lib/error-handler.ts), the same for /api and /ogc. */
export const apiErrorSchema = {
  description: 'Mọi lỗi có cùng một dạng (api/src/lib/error-handler.ts).',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Mã lỗi cho chương trình: invalid-request, …' },
        message: { type: 'string', description: 'Lời giải thích bằng tiếng Việt' },
        details: { description: 'Chi tiết, tuỳ lỗi (các trường không hợp lệ, …)' },
      },
    },
  },
};

export const errorResponse = {
  description: 'Lỗi',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
};

export const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookie,
    description: 'Phiên đăng nhập (POST /api/auth/login)',
  },
  token: {
    type: 'http',
    scheme: 'bearer',
    description: 'Mã truy cập cá nhân (POST /api/auth/tokens): Authorization: Bearer …',
  },
};

/** Who must sign in: either way will do. */
export const signedIn = [{ session: [] }, { token: [] }];
