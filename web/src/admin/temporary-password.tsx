import { useTranslation } from 'react-i18next';
import { CodeShownOnce } from '../ui/code-shown-once';
import { Modal } from '../ui/modal';
import { ModalDoneAction } from '../ui/modal-actions';

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
  const texts = t('temporaryPassword.shownOnce', { returnObjects: true });

  return (
    <Modal title={t('temporaryPassword.title', { username })}>
      <CodeShownOnce code={password} texts={texts} look="password" />
      <ModalDoneAction label={t('temporaryPassword.done')} onDone={onDone} />
    </Modal>
  );
}
