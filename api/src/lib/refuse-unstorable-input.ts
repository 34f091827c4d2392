import type { Context, Next } from 'hono';
import { ApiError } from './api-error';
import type { AppEnv } from './app-env';
import { isUnstorable, unstorablePaths } from './unstorable-text';

const problem = 'có ký tự không lưu được (ký tự NUL hoặc nửa cặp UTF-16)';

/** The URL's path segments decoded, or null when a segment is not valid percent-encoded UTF-8. */
function pathProblems(pathname: string): string[] {
  for (const segment of pathname.split('/')) {
    try {
      if (isUnstorable(decodeURIComponent(segment))) return ['path'];
    } catch {
      return ['path'];
    }
  }
  return [];
}

function queryProblems(search: URLSearchParams): string[] {
  const found: string[] = [];
  for (const [key, value] of search) {
    if (isUnstorable(key)) found.push('query');
    else if (isUnstorable(value)) found.push(key);
  }
  return found;
}

async function bodyProblems(c: Context<AppEnv>): Promise<string[]> {
  const type = c.req.header('content-type')?.toLowerCase() ?? '';
  if (/^application\/([\w.+-]*\+)?json/.test(type)) {
    // Unparseable JSON is the route's to refuse; the parsed body is cached for its validator.
    const body = await c.req.json().catch(() => undefined);
    return unstorablePaths(body);
  }
  if (
    type.startsWith('multipart/form-data') ||
    type.startsWith('application/x-www-form-urlencoded')
  ) {
    const form = await c.req.parseBody({ all: true }).catch(() => undefined);
    // Files are bytes, not text: only the text fields are checked.
    const fields = Object.fromEntries(
      Object.entries(form ?? {}).map(([key, value]) => [
        key,
        Array.isArray(value)
          ? value.filter((v) => typeof v === 'string')
          : typeof value === 'string'
            ? value
            : null,
      ]),
    );
    return unstorablePaths(fields);
  }
  return [];
}

/**
 * The one check, for every route, of text PostgreSQL cannot store (NUL, lone surrogates) in
 * the path, the query string, a JSON body and form fields: a 400 in the error shape naming
 * each field, before any route reads its input (so no such text ever reaches a query).
 */
export async function refuseUnstorableInput(c: Context<AppEnv>, next: Next) {
  const url = new URL(c.req.url);
  const found = [
    ...pathProblems(url.pathname),
    ...queryProblems(url.searchParams),
    ...(c.req.method === 'GET' || c.req.method === 'HEAD' ? [] : await bodyProblems(c)),
  ];
  if (found.length > 0) {
    throw new ApiError(
      400,
      'invalid-request',
      'Dữ liệu gửi lên không hợp lệ',
      [...new Set(found)].map((path) => ({ path, message: problem })),
    );
  }
  await next();
}
