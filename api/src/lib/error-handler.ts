import { DomainError } from '@ntm/domain/domain-error';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './api-error';

type PostgresError = Error & { code: string; constraint_name?: string };

const isPostgresError = (error: unknown): error is PostgresError =>
  error instanceof Error && error.name === 'PostgresError' && 'code' in error;

/** What a refused constraint means to a client; the constraint names come from the migrations. */
const constraintErrors: Record<string, [code: string, message: string]> = {
  inside_village: ['outside-village', 'Vị trí nằm ngoài mọi thôn của xã'],
  geom_in_vietnam: ['outside-vietnam', 'Vị trí nằm ngoài lãnh thổ Việt Nam'],
  geom_valid: ['invalid-geometry', 'Hình học không hợp lệ'],
};

function fromPostgres(error: PostgresError): ApiError | null {
  if (error.code === '23514') {
    const key = Object.keys(constraintErrors).find((k) => error.constraint_name?.endsWith(k));
    const [code, message] = key
      ? (constraintErrors[key] as [string, string])
      : ['constraint-violation', 'Dữ liệu vi phạm ràng buộc'];
    return new ApiError(422, code, message);
  }
  // Class 22 (data exception): text, a date, a number or a JSON value PostgreSQL refuses
  // (NUL, a year 0000, an offset past ±15:59, an out-of-range number). The input checks should
  // have caught it; either way it is the client's input, never a server fault, and the answer
  // carries none of PostgreSQL's text (it quotes the value).
  if (error.code.startsWith('22'))
    return new ApiError(400, 'invalid-value', 'Giá trị không hợp lệ');
  // Bad geometry input (PostGIS raises it as an internal error).
  if (error.code === 'XX000' && /geometry|invalid input|out of range/i.test(error.message)) {
    return new ApiError(400, 'invalid-value', 'Giá trị không hợp lệ');
  }
  // Class 54 (program limit exceeded): a value or list too large for an index or a query.
  if (error.code.startsWith('54'))
    return new ApiError(400, 'too-large', 'Dữ liệu gửi lên quá lớn để lưu');
  // A unique index refused a second copy (two requests racing past the route's own check).
  if (error.code === '23505') return new ApiError(409, 'duplicate', 'Bản ghi này đã có');
  if (error.code === '23503')
    return new ApiError(409, 'reference-conflict', 'Đối tượng đang được tham chiếu');
  return null;
}

const body = (code: string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** The one error mapper: domain errors, client faults PostgreSQL found (as 4xx), and HTTP exceptions keep their status; anything else is a 500 without details. */
export function handleError(error: Error, c: Context) {
  if (error instanceof ApiError || error instanceof DomainError)
    return c.json(body(error.code, error.message, error.details), error.status);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    // Hono's own 400s (a body that is not JSON, a form that does not parse) speak English.
    if (status === 400)
      return c.json(body('bad-request', 'Dữ liệu gửi lên không đọc được: sai định dạng'), 400);
    const code = status === 413 ? 'payload-too-large' : 'http-error';
    return c.json(body(code, error.message || 'Yêu cầu không hợp lệ'), status);
  }
  if (isPostgresError(error)) {
    const mapped = fromPostgres(error);
    if (mapped) return c.json(body(mapped.code, mapped.message), mapped.status);
  }
  // Only the stack: postgres.js errors also carry the query parameters, which may hold personal data.
  console.error(`[${c.get('requestId') ?? '-'}]`, error.stack ?? error.message);
  return c.json(body('internal', 'Lỗi máy chủ'), 500);
}
