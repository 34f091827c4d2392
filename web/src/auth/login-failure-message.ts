import type { TFunction } from 'i18next';
import type { LoginFailure } from '../api/auth-client';
import { formatClockTime, formatCommuneDate, formatWait } from '../i18n/format';

/** What to tell someone whose login did not succeed, including when they may try again. */
export function loginFailureMessage(t: TFunction, failure: LoginFailure, now: Date): string {
  switch (failure.reason) {
    case 'invalid-credentials':
      return t('login.invalidCredentials');
    case 'account-locked': {
      if (failure.retryAfterSeconds === null) return t('login.accountLockedNoTime');
      const at = new Date(now.getTime() + failure.retryAfterSeconds * 1000);
      const clock = formatClockTime(at);
      const time =
        formatCommuneDate(at) === formatCommuneDate(now)
          ? clock
          : t('login.clockOnDay', { time: clock, date: formatCommuneDate(at) });
      return t('login.accountLocked', { time, wait: formatWait(failure.retryAfterSeconds) });
    }
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
