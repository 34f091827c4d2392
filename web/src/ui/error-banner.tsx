import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import type { DatasetKey } from '../api/use-geo-data';

interface ErrorBannerProps {
  failures: { key: DatasetKey; error: ApiError }[];
  onRetry: () => void;
}

/** Says in Vietnamese what could not be loaded and why, and offers to try again. */
export function ErrorBanner({ failures, onRetry }: ErrorBannerProps) {
  const { t } = useTranslation();
  const [first] = failures;
  if (!first) return null;
  const list = failures.map(({ key }) => t(`datasets.${key}`)).join(', ');
  const reason =
    first.error.kind === 'network'
      ? t('errors.network')
      : first.error.kind === 'http'
        ? t('errors.http', { status: first.error.status })
        : t('errors.invalid');
  return (
    <div className="banner banner-error" role="alert">
      <div>
        <strong>{t('errors.title')}</strong>
        <p>
          {t('errors.failedDatasets', { list })} {reason}
        </p>
      </div>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
