import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeShownOnce } from '../ui/code-shown-once';

interface TrackingCodeCardProps {
  code: string;
  onLookup: () => void;
  onAnother: () => void;
}

/** The one time the tracking code is shown (the server keeps only its hash): big, copyable. */
export function TrackingCodeCard({ code, onLookup, onAnother }: TrackingCodeCardProps) {
  const { t } = useTranslation();
  const texts = t('publicTip.shownOnce', { returnObjects: true });
  const titleId = useId();

  return (
    <section className="public-card public-sent" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span aria-hidden="true">✓ </span>
        {t('publicTip.sentTitle')}
      </h2>
      <CodeShownOnce code={code} texts={texts} look="tracking-code" />
      <div className="public-actions">
        <button type="button" className="button public-wide" onClick={onLookup}>
          {t('publicTip.seeStatus')}
        </button>
        <button type="button" className="button button-secondary public-wide" onClick={onAnother}>
          {t('publicTip.another')}
        </button>
      </div>
    </section>
  );
}
