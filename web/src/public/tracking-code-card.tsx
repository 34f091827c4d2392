import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../ui/copy-text';

interface TrackingCodeCardProps {
  code: string;
  onLookup: () => void;
  onAnother: () => void;
}

/** The one time the tracking code is shown (the server keeps only its hash): big, copyable. */
export function TrackingCodeCard({ code, onLookup, onAnother }: TrackingCodeCardProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  return (
    <section className="public-card public-sent" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`}>
        <span aria-hidden="true">✓ </span>
        {t('publicTip.sentTitle')}
      </h2>
      <p>{t('publicTip.sentIntro')}</p>
      <label className="visually-hidden" htmlFor={fieldId}>
        {t('publicTip.codeLabel')}
      </label>
      <input
        ref={fieldRef}
        id={fieldId}
        className="public-code"
        value={code}
        readOnly
        spellCheck={false}
        autoComplete="off"
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        className="button button-secondary public-wide"
        onClick={async () =>
          setCopy((await copyText(code, fieldRef.current)) ? 'copied' : 'failed')
        }
      >
        {t(copy === 'copied' ? 'publicTip.copied' : 'publicTip.copy')}
      </button>
      <p className="field-problem" role="status">
        {copy === 'failed' ? t('publicTip.copyFailed') : ''}
      </p>
      <p className="public-warning" role="note">
        <span aria-hidden="true">⚠ </span>
        {t('publicTip.keepWarning')}
      </p>
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
