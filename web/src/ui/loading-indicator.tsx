import { useTranslation } from 'react-i18next';

interface LoadingIndicatorProps {
  done: number;
  total: number;
}

/** Shown over the map while data loads (only after a second, see useDelayedFlag). */
export function LoadingIndicator({ done, total }: LoadingIndicatorProps) {
  const { t } = useTranslation();
  const drawing = done >= total;
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <div className="loading-text">
        <strong>{t(drawing ? 'loading.drawing' : 'loading.data')}</strong>
        <progress
          max={total + 1}
          value={done + (drawing ? 0.5 : 0)}
          aria-label={t('loading.progress', { done, total })}
        />
        <span className="muted">{t('loading.progress', { done, total })}</span>
      </div>
    </div>
  );
}
