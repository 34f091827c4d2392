import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { loginFailureMessage } from './login-failure-message';

const t = i18next.t;
const now = new Date('2026-03-05T07:00:00Z'); // 14:00 in the commune

describe('loginFailureMessage', () => {
  it('tells a locked account when it can sign in again, in commune time', () => {
    const message = loginFailureMessage(
      t,
      { reason: 'account-locked', retryAfterSeconds: 900 },
      now,
    );
    expect(message).toContain('tạm khoá');
    expect(message).toContain('14:15');
    expect(message).toContain('15 phút');
  });

  it('adds the date when the lock ends on another day', () => {
    const message = loginFailureMessage(
      t,
      { reason: 'account-locked', retryAfterSeconds: 12 * 3600 },
      now,
    );
    expect(message).toContain('02:00 ngày 06/03/2026');
  });

  it('says how long to wait when rate limited, and something useful without a Retry-After', () => {
    expect(
      loginFailureMessage(t, { reason: 'rate-limited', retryAfterSeconds: 90 }, now),
    ).toContain('2 phút');
    expect(
      loginFailureMessage(t, { reason: 'rate-limited', retryAfterSeconds: null }, now),
    ).toContain('đợi một lát');
  });

  it('tells a wrong password from a network failure', () => {
    expect(loginFailureMessage(t, { reason: 'invalid-credentials' }, now)).toContain(
      'mật khẩu không đúng',
    );
    expect(loginFailureMessage(t, { reason: 'network' }, now)).toContain('Không kết nối được');
  });
});
