import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handleError } from './error-handler';

/** An error as postgres.js raises it: name PostgresError, the SQLSTATE in `code`. */
function postgresError(code: string, message: string) {
  const error = new Error(message) as Error & { code: string };
  error.name = 'PostgresError';
  error.code = code;
  return error;
}

async function answerTo(error: Error) {
  const app = new Hono();
  app.get('/', () => {
    throw error;
  });
  app.onError(handleError);
  const response = await app.request('/');
  return { status: response.status, text: await response.text() };
}

describe('what PostgreSQL refused, as the client sees it', () => {
  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22P05', 'unsupported Unicode escape sequence'],
    ['22008', 'date/time field value out of range: "0000-12-31T00:00:00.000Z"'],
    ['22007', 'invalid input syntax for type timestamp with time zone: "-000001-12-31"'],
    ['22012', 'division by zero'],
  ])('a data exception %s is a 400 without its text', async (code, message) => {
    const { status, text } = await answerTo(postgresError(code, message));
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'invalid-value', message: 'Giá trị không hợp lệ' },
    });
  });

  it('a value too large for an index is a 400', async () => {
    const { status, text } = await answerTo(
      postgresError('54000', 'index row size 3000 exceeds btree version 4 maximum 2704'),
    );
    expect(status).toBe(400);
    expect(text).not.toContain('btree');
  });

  it('anything else stays a 500 without details', async () => {
    const { status, text } = await answerTo(postgresError('42P01', 'relation "x" does not exist'));
    expect(status).toBe(500);
    expect(text).not.toContain('relation');
  });
});

describe('what the framework refused, as the client sees it', () => {
  it('a body that does not parse is a 400 in Vietnamese, without the parser text', async () => {
    const app = new Hono();
    app.post('/', async (c) => c.json(await c.req.json()));
    app.onError(handleError);
    // Hono's validator raises its own HTTPException with English text for this.
    const { validator } = await import('hono/validator');
    app.post(
      '/checked',
      validator('json', (v) => v),
      (c) => c.json({}),
    );
    const response = await app.request('/checked', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'bad-request', message: 'Dữ liệu gửi lên không đọc được: sai định dạng' },
    });
  });
});
