import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { loginFailureMessage } from './login-failure-message';

const t = i18next.t;

describe('loginFailureMessage', () => {
  it('says how long to wait when rate limited, and something useful without a Retry-After', () => {
    expect(loginFailureMessage(t, { reason: 'rate-limited', retryAfterSeconds: 90 })).toContain(
      '2 phút',
    );
    expect(loginFailureMessage(t, { reason: 'rate-limited', retryAfterSeconds: null })).toContain(
      'đợi một lát',
    );
  });

  it('says a wrong password may also mean too many tries, as the server answers both alike', () => {
    const message = loginFailureMessage(t, { reason: 'invalid-credentials' });
    expect(message).toContain('nhập sai nhiều lần');
    expect(message).toContain('đợi vài phút');
  });

  it('tells a wrong password from a network failure', () => {
    expect(loginFailureMessage(t, { reason: 'invalid-credentials' })).toContain(
      'mật khẩu không đúng',
    );
    expect(loginFailureMessage(t, { reason: 'network' })).toContain('Không kết nối được');
  });
});
