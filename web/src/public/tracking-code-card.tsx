import { useTranslation } from 'react-i18next';
import { useCopyCode } from '../ui/use-copy-code';

interface TrackingCodeCardProps {
  code: string;
  onLookup: () => void;
  onAnother: () => void;
}

/** The one time the tracking code is shown (the server keeps only its hash): big, copyable. */
export function TrackingCodeCard({ code, onLookup, onAnother }: TrackingCodeCardProps) {
  const { t } = useTranslation();
  const copy = useCopyCode(code);
  const fieldId = copy.field.id;

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
      <input {...copy.field} className="public-code" />
      <button type="button" className="button button-secondary public-wide" onClick={copy.copy}>
        {t(copy.state === 'copied' ? 'publicTip.copied' : 'publicTip.copy')}
      </button>
      <p className="field-problem" role="status">
        {copy.state === 'failed' ? t('publicTip.copyFailed') : ''}
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
