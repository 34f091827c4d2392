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
  if (props.total !== null && props.total <= props.shown && !props.hasMore) return null;
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
      {props.total === null
        ? t('paging.shownOfMany', { shown: props.shown })
        : t('paging.shown', { shown: props.shown, total: props.total })}
      {props.hasMore && (
        <button
          type="button"
          className="button button-secondary fit-button"
          disabled={busy}
          onClick={() => void more()}
        >
          {t('paging.more')}
        </button>
      )}
    </p>
  );
}
