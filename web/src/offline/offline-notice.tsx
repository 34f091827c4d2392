import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OfflineSupport, watchOfflineSupport } from './offline-support';

/**
 * Says plainly what the page can do offline when it is not the usual: served over plain HTTP
 * (no service worker, so nothing opens without a connection), or a new release waiting.
 */
export function OfflineNotice() {
  const [support, setSupport] = useState<OfflineSupport>({ kind: 'ready' });
  useEffect(() => watchOfflineSupport(setSupport), []);
  return <OfflineNoticeView support={support} />;
}

export function OfflineNoticeView({ support }: { support: OfflineSupport }) {
  const { t } = useTranslation();
  if (support.kind === 'insecure') {
    return (
      <p className="offline-notice offline-notice-warn" role="note">
        {t('offline.insecure')}
      </p>
    );
  }
  if (support.kind === 'update-waiting') {
    return (
      <p className="offline-notice" role="status">
        {t('offline.updateWaiting')}{' '}
        <button type="button" className="button button-small" onClick={support.apply}>
          {t('offline.applyUpdate')}
        </button>
      </p>
    );
  }
  return null;
}
