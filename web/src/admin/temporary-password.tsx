import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../ui/copy-text';
import { Modal } from '../ui/modal';

interface TemporaryPasswordProps {
  username: string;
  password: string;
  onDone: () => void;
}

/**
 * The one time a temporary password is shown (the API keeps only its hash). Esc does not close
 * it: only the button saying it has been written down does.
 */
export function TemporaryPassword({ username, password, onDone }: TemporaryPasswordProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyPassword() {
    setCopy((await copyText(password, fieldRef.current)) ? 'copied' : 'failed');
  }

  return (
    <Modal title={t('temporaryPassword.title', { username })}>
      <p>{t('temporaryPassword.intro')}</p>
      <label className="field-label" htmlFor={fieldId}>
        {t('temporaryPassword.label')}
      </label>
      <div className="secret-row">
        <input
          ref={fieldRef}
          id={fieldId}
          className="secret"
          value={password}
          readOnly
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-secondary" onClick={copyPassword}>
          {t(copy === 'copied' ? 'temporaryPassword.copied' : 'temporaryPassword.copy')}
        </button>
      </div>
      <p className="field-problem" role="status">
        {copy === 'failed' ? t('temporaryPassword.copyFailed') : ''}
      </p>
      <p className="warning" role="alert">
        <span aria-hidden="true">⚠ </span>
        {t('temporaryPassword.warning')}
      </p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('temporaryPassword.done')}
        </button>
      </div>
    </Modal>
  );
}
