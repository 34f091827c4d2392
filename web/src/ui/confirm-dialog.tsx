import { useTranslation } from 'react-i18next';
import { Modal } from './modal';
import { ModalActions } from './modal-actions';

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  /** An action that takes something away (deactivation) gets the warning colour. */
  danger?: boolean;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action that cannot simply be undone. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const { title, text, confirmLabel, danger, pending, onConfirm, onCancel } = props;
  return (
    <Modal title={title} onDismiss={pending ? undefined : onCancel}>
      <p>{text}</p>
      <ModalActions onCancel={onCancel} pending={pending}>
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button'}
          aria-disabled={pending || undefined}
          onClick={pending ? undefined : onConfirm}
        >
          {pending && <span className="spinner spinner-small" aria-hidden="true" />}
          {pending ? t('dialog.working') : confirmLabel}
        </button>
      </ModalActions>
    </Modal>
  );
}
