import { useTranslation } from 'react-i18next';

/** A message over the map or a page: what happened, in the tone it happened in. */
export type Notice = { tone: 'info' | 'success' | 'error'; text: string };

/** A message over the map: a refusal (read out at once), a confirmation or a hint. */
export function NoticeBanner({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className={`banner notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <p>{notice.text}</p>
      <button
        type="button"
        className="notice-close"
        onClick={onDismiss}
        aria-label={t('review.close')}
      >
        ×
      </button>
    </div>
  );
}
