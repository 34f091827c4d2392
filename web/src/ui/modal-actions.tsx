import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ModalActionsProps {
  onCancel: () => void;
  /** While the dialog's action runs, cancelling would leave it half done: the button rests. */
  pending?: boolean;
  /** "Huỷ" unless the dialog says otherwise. */
  cancelLabel?: string;
  /** The dialog's own action, after the cancel button. */
  children: ReactNode;
}

/** The buttons at the foot of a dialog: cancel, then what the dialog is for. */
export function ModalActions({ onCancel, pending, cancelLabel, children }: ModalActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="modal-actions">
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        onClick={onCancel}
      >
        {cancelLabel ?? t('dialog.cancel')}
      </button>
      {children}
    </div>
  );
}

/** The foot of a dialog that only shows something: one button that closes it. */
export function ModalDoneAction({ label, onDone }: { label: string; onDone: () => void }) {
  return (
    <div className="modal-actions">
      <button type="button" className="button" onClick={onDone}>
        {label}
      </button>
    </div>
  );
}
