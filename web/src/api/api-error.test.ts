import { describe, expect, it } from 'vitest';
import { httpError } from './api-error';

describe('an HTTP error from the API', () => {
  it('keeps the API’s code and Vietnamese message, and a 400’s field problems', () => {
    const error = httpError(
      '/api/support/cases',
      400,
      {
        error: {
          code: 'invalid-request',
          message: 'Dữ liệu gửi lên không hợp lệ',
          details: [{ path: 'openedOn', message: 'ngày dạng YYYY-MM-DD' }],
        },
      },
      null,
    );
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'invalid-request' });
    expect(error.refused).toBe(true);
    expect(error.message).toBe('Dữ liệu gửi lên không hợp lệ');
    expect(error.details).toEqual([{ path: 'openedOn', message: 'ngày dạng YYYY-MM-DD' }]);
  });

  it('is still the API’s refusal when its details are of another kind', () => {
    const error = httpError(
      '/api/tips/3/transitions',
      409,
      { error: { code: 'stale-step', message: 'Tin báo đã chuyển bước', details: { at: 'x' } } },
      null,
    );
    expect(error.refused).toBe(true);
    expect(error.code).toBe('stale-step');
    expect(error.details).toEqual([]);
  });

  it('says what happened in Vietnamese when the answer is not the API’s (a proxy’s page)', () => {
    const error = httpError('/api/tips', 502, undefined, null);
    expect(error.refused).toBe(false);
    expect(error.code).toBeNull();
    expect(error.message).toMatch(/^Máy chủ báo lỗi \(mã 502\)/);
  });

  it('reads how long to wait from a 429’s Retry-After', () => {
    const body = { error: { code: 'rate-limited', message: 'Quá nhiều lần thử' } };
    expect(httpError('/api/auth/login', 429, body, '120').retryAfterSeconds).toBe(120);
  });
});
