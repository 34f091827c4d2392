import type { TFunction } from 'i18next';
import type { LoginFailure } from '../api/auth-client';
import { formatWait } from '../i18n/format';

/**
 * What to tell someone whose login did not succeed, including when they may try again. A wrong
 * password and too many wrong tries answer alike (the server tells no one which accounts exist
 * or how close they are to a delay), so the message covers both.
 */
export function loginFailureMessage(t: TFunction, failure: LoginFailure): string {
  switch (failure.reason) {
    case 'invalid-credentials':
      return t('login.invalidCredentials');
    case 'rate-limited':
      return failure.retryAfterSeconds === null
        ? t('login.rateLimitedNoTime')
        : t('login.rateLimited', { wait: formatWait(failure.retryAfterSeconds) });
    case 'network':
      return t('login.network');
    case 'server':
      return failure.status === null
        ? t('login.serverNoStatus')
        : t('login.server', { status: failure.status });
  }
}
