import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/modal';
import { useCopyCode } from '../ui/use-copy-code';

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
  const copy = useCopyCode(password);

  return (
    <Modal title={t('temporaryPassword.title', { username })}>
      <p>{t('temporaryPassword.intro')}</p>
      <label className="field-label" htmlFor={copy.field.id}>
        {t('temporaryPassword.label')}
      </label>
      <div className="secret-row">
        <input {...copy.field} className="secret" />
        <button type="button" className="button button-secondary" onClick={copy.copy}>
          {t(copy.state === 'copied' ? 'temporaryPassword.copied' : 'temporaryPassword.copy')}
        </button>
      </div>
      <p className="field-problem" role="status">
        {copy.state === 'failed' ? t('temporaryPassword.copyFailed') : ''}
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
