import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Under a list shown a page at a time (use-more-pages.ts): how many of how many are shown,
 * and "Xem thêm" while there are more.
 */
export function MoreButton(props: {
  shown: number;
  /** null: more than the API counts. */
  total: number | null;
  hasMore: boolean;
  onMore: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { shown, total, hasMore } = props;
  if (total !== null && total <= shown && !hasMore) return null;
  const more = async () => {
    setBusy(true);
    try {
      await props.onMore();
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="more-pages muted">
      {total === null ? t('paging.shownOfMany', { shown }) : t('paging.shown', { shown, total })}
      {hasMore && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={more}>
          {t('paging.more')}
        </button>
      )}
    </p>
  );
}
